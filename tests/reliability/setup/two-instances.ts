import { mkdirSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startAppServer } from "../../support/app-server";
import { createTestDatabase } from "../../support/test-database";
import { RELIABILITY_SMTP_PORT, SECRETS_FILE, SERVER_LOG_DIR } from "./paths";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    instances: string[];
    metricsToken: string;
    /** pg_ctl command lines for the private cluster the restart test may stop (the topology's only). */
    databaseCommands: { stop: string[]; start: string[]; uid?: number; gid?: number };
  }
}

/**
 * Two instances of the production build sharing one fresh PostgreSQL database, as behind a load balancer: they
 * trust X-Forwarded-For (TRUST_PROXY), so a test can speak for many clients or for one.
 */
export default async function setup(project: TestProject) {
  // A killed worker's job is taken for dead after 10 s instead of a minute, and checked for every 2 s instead of
  // 30: 00-jobs proves the same recovery without waiting out production's margins. The expiry is stored with the
  // queues when the database is migrated (below); the test and worker processes inherit the interval.
  process.env.JOBS_EXPIRE_SECONDS ??= "10";
  process.env.JOBS_MAINTENANCE_SECONDS ??= "2";
  const database = await createTestDatabase("reliability");
  console.log(`[reliability] database: ${database.source}`);
  const ports = [Number(process.env.RELIABILITY_PORT ?? 3701), Number(process.env.RELIABILITY_PORT ?? 3701) + 1];
  const metricsToken = "reliability-metrics-token-0123456789";
  const servers = await Promise.all(
    ports.map((port) =>
      startAppServer({
        port,
        databaseUrl: database.url,
        // Jobs run in worker processes the mail and webhook tests start and kill (00-jobs…); the instances only queue.
        env: { DB_POOL_SIZE: "10", TRUST_PROXY: "true", METRICS_TOKEN: metricsToken, RUN_WORKERS: "false", SMTP_URL: `smtp://127.0.0.1:${RELIABILITY_SMTP_PORT}` },
      }),
    ),
  );
  mkdirSync(SERVER_LOG_DIR, { recursive: true });
  writeFileSync(SECRETS_FILE, "");
  const flushLogs = () => servers.forEach((server, i) => writeFileSync(`${SERVER_LOG_DIR}/instance-${i + 1}.log`, server.logs()));
  const flusher = setInterval(flushLogs, 500);
  project.provide("databaseUrl", database.url);
  project.provide("instances", servers.map((server) => server.url));
  project.provide("metricsToken", metricsToken);
  return async () => {
    clearInterval(flusher);
    flushLogs();
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
  };
}
