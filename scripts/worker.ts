import { log } from "@/lib/log";

/*
 * `npm run worker`: the job workers alone, without the web server (run the app with RUN_WORKERS=false, or let
 * both work: any number of workers share the queue). Needs DATABASE_URL and the app's NEXTAUTH_SECRET, which
 * unseals queued mail.
 */
async function main() {
  const { env } = await import("@/lib/env");
  env();
  const { startWorkers } = await import("@/lib/jobs/start-workers");
  const { startedJobBoss } = await import("@/lib/jobs/job-boss");
  const stopWorkers = await startWorkers();
  const stop = async () => {
    await stopWorkers();
    await (await startedJobBoss()).stop({ graceful: true, timeout: 20_000 });
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: Error) => {
  log.error("worker failed to start", { error: error.message });
  process.exit(1);
});
