import { mkdirSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startTopology, topologyOptionsFromEnv } from "../../../scripts/topology/topology";
import { SECRETS_FILE, SERVER_LOG_DIR } from "./paths";

/**
 * The production topology (scripts/topology): the tests talk to HAProxy only, which spreads them over three
 * instances that reach a private PostgreSQL cluster through PgBouncer in transaction-pooling mode. The tests
 * read rows from PostgreSQL directly, and the restart test stops and starts that private cluster.
 */
export default async function setup(project: TestProject) {
  const topology = await startTopology(topologyOptionsFromEnv());
  mkdirSync(SERVER_LOG_DIR, { recursive: true });
  writeFileSync(SECRETS_FILE, "");
  const flushLogs = () => {
    for (const [name, text] of Object.entries(topology.logs())) writeFileSync(`${SERVER_LOG_DIR}/topology-${name}.log`, text);
  };
  const flusher = setInterval(flushLogs, 1_000);
  project.provide("databaseUrl", topology.directUrl);
  project.provide("instances", [topology.url]);
  project.provide("metricsToken", "");
  project.provide("databaseCommands", topology.databaseCommands);
  return async () => {
    clearInterval(flusher);
    flushLogs();
    await topology.stop();
  };
}
