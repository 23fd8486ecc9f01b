import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { secondsFromEnv } from "./queues";

/** pg-boss keeps its tables in their own schema, next to the app's. */
const JOB_SCHEMA = "pgboss";

const globalForJobs = globalThis as unknown as { jobBoss?: PgBoss };

export function newJobBoss(databaseUrl: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, application_name: "invites-jobs", ...options });
  boss.on("error", (error) => log.error("job queue error", { error }));
  return boss;
}

/**
 * The process's one pg-boss instance, on the app's database with a small pool of its own. It is created unstarted:
 * sending a job inside a transaction needs no started instance (the job is written through the transaction);
 * workers and the dead-job controls start it.
 */
export function jobBoss(): PgBoss {
  if (globalForJobs.jobBoss) return globalForJobs.jobBoss;
  const { DATABASE_URL, JOBS_POOL_SIZE } = env();
  // Maintenance fails jobs whose worker died (they expire) so that another worker retries them: every 30 s, or
  // JOBS_MAINTENANCE_SECONDS, which the reliability suite shortens along with the expiry (lib/jobs/queues.ts).
  const maintenanceIntervalSeconds = secondsFromEnv("JOBS_MAINTENANCE_SECONDS", 30);
  globalForJobs.jobBoss = newJobBoss(DATABASE_URL, { max: JOBS_POOL_SIZE, maintenanceIntervalSeconds });
  return globalForJobs.jobBoss;
}

let starting: Promise<PgBoss> | undefined;

/** The instance, started once; maintenance (expiry, retention) and cron run on every started instance. */
export function startedJobBoss(): Promise<PgBoss> {
  starting ??= jobBoss().start();
  return starting;
}
