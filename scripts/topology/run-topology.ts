import { spawn } from "node:child_process";
import { startTopology, topologyOptionsFromEnv } from "./topology";

/*
 * `npm run topology`: PostgreSQL (a private cluster) → PgBouncer (transaction pooling) → 3 instances of the
 * production build → HAProxy, all on loopback; stops everything on Ctrl-C.
 * `npm run topology -- <command…>`: the same, runs the command with TOPOLOGY_URL (the balancer),
 * TOPOLOGY_DATABASE_URL (PostgreSQL itself) and TOPOLOGY_POOLED_URL (PgBouncer) set, stops everything and exits
 * with the command's status. Ports: TOPOLOGY_PORT (balancer; instances on the next three), TOPOLOGY_BOUNCER_PORT,
 * TOPOLOGY_PG_PORT. Needs `npm run build` first.
 */
process.env.NEXTAUTH_SECRET ??= "topology-secret-0123456789-0123456789-0123456789";
const command = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--"));
const topology = await startTopology(topologyOptionsFromEnv());
console.log(`[topology] ready: ${topology.url} → ${topology.instanceUrls.join(", ")}; PgBouncer ${topology.pooledUrl}; PostgreSQL ${topology.directUrl}`);

let status = 0;
if (command.length > 0) {
  const child = spawn(command[0]!, command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, TOPOLOGY_URL: topology.url, TOPOLOGY_DATABASE_URL: topology.directUrl, TOPOLOGY_POOLED_URL: topology.pooledUrl },
  });
  status = await new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
} else {
  console.log("[topology] Ctrl-C stops it");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
}
await topology.stop();
process.exit(status);
