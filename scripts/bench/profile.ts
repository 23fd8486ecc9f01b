import { readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createTestDatabase } from "@/tests/support/test-database";
import { startAppServer } from "@/tests/support/app-server";

/*
 * `npm run profile -- <load> [seconds]`: CPU profile of the production server (node --cpu-prof) while one load
 * runs against it, then a summary of where the time went: self time by package and the hottest functions.
 * Loads: ping, check, login, landing, redeem. The .cpuprofile file stays in bench/profiles/ for Chrome
 * DevTools or speedscope. BENCH_PORT: the app's port.
 */
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const LOADS = ["ping", "check", "login", "landing", "redeem"] as const;
type Load = (typeof LOADS)[number];
const load = process.argv[2] as Load;
if (!LOADS.includes(load)) throw new Error(`usage: npm run profile -- <${LOADS.join("|")}> [seconds]`);
const seconds = Number(process.argv[3] ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3600);
const dir = path.resolve("bench/profiles");

const database = await createTestDatabase("profile");
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789-0123456789-0123456789";
const { db } = await import("@/lib/db");
const { createInvites } = await import("@/lib/invites/create-invites");
const { httpLoad } = await import("./http-load");

/** Where a frame's code lives: a package, Node itself, or the app's own bundle. */
function owner(url: string): string {
  if (!url) return "(native / V8)";
  if (url.startsWith("node:")) return "node core";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const inner = /next\/dist\/compiled\/([^/]+)/.exec(url);
    return inner ? `next (compiled ${inner[1]})` : pkg[1]!;
  }
  if (url.includes("/.next/")) return "app bundle (.next)";
  return path.relative(process.cwd(), url.replace("file://", "")) || url;
}

function summarize(profile: Profile) {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    const where = owner(node.callFrame.url);
    byOwner.set(where, (byOwner.get(where) ?? 0) + time);
    const name = `${node.callFrame.functionName || "(anonymous)"} ${where}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const top = (map: Map<string, number>, n: number) =>
    Object.fromEntries([...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, time]) => [name, `${((time / total) * 100).toFixed(1)} %`]));
  return { byOwner: top(byOwner, 15), byFunction: top(byFunction, 20) };
}

try {
  await mkdir(dir, { recursive: true });
  for (const file of readdirSync(dir).filter((name) => name.startsWith(`${load}-`))) rmSync(path.join(dir, file));
  const batch = await createInvites({ role: "MEMBER", maxUses: 10_000, expiresAt: new Date(Date.now() + 86_400_000), note: "profile", count: 1, createdById: null });
  const code = batch.invites[0]!.display;
  const fresh =
    load === "redeem"
      ? (await createInvites({ role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 86_400_000), note: "profile", count: 1_000, createdById: null })).invites.map((invite) => invite.display)
      : [];
  const server = await startAppServer({
    port,
    databaseUrl: database.url,
    env: { TRUST_PROXY: "true" },
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${load}-${Date.now()}.cpuprofile`],
  });
  let next = 0;
  const requests = {
    ping: { path: "/api/ping" },
    check: { method: "POST" as const, path: "/api/v1/invites/check", body: () => ({ code }) },
    login: { path: "/login" },
    landing: { path: `/invite/${code}` },
    redeem: { method: "POST" as const, path: "/api/v1/redeem", body: () => ({ code: fresh[next++ % fresh.length], email: `p-${next}@bench.test`, name: "Profile", password: "bench password 0123456789" }) },
  };
  const result = await httpLoad(server.url, requests[load], { connections: load === "redeem" ? 32 : 16, seconds, okStatus: load === "redeem" ? 201 : 200 });
  await server.stop();
  console.log(`[profile] ${load}: ${result.throughput}/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors`);
  const file = readdirSync(dir).find((name) => name.startsWith(`${load}-`));
  if (!file) throw new Error("the server wrote no profile");
  const summary = summarize(JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile);
  console.log(`[profile] ${path.join("bench/profiles", file)} — self time by owner:`);
  console.table(summary.byOwner);
  console.log("[profile] hottest functions (self time):");
  console.table(summary.byFunction);
} finally {
  await db.$disconnect();
  await database.drop();
}
