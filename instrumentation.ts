/*
 * Runs once when a server process starts (`npm start`, `npm run serve`, `next start`): the job workers run inside
 * the app unless RUN_WORKERS=false (then run `npm run worker` separately). Not during `next build`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (["false", "0"].includes(process.env.RUN_WORKERS ?? "")) return;
  const { startWorkers } = await import("@/lib/jobs/start-workers");
  await startWorkers();
}
