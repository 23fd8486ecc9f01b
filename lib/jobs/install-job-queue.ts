import { newJobBoss } from "./job-boss";
import { QUEUE_DEFINITIONS, secondsFromEnv } from "./queues";

/**
 * Creates or upgrades pg-boss's schema and the app's queues. Part of migrating the database (run-migrations
 * calls it), so a job can be sent in any transaction without a started queue. Safe to run concurrently: pg-boss
 * migrates under an advisory lock and creating an existing queue does nothing.
 *
 * JOBS_EXPIRE_SECONDS, when set, replaces every queue's expiry. It exists for the reliability suite, which kills
 * a worker mid-delivery and would otherwise wait a minute for another worker to finish the job. In production an
 * expiry shorter than a delivery (the SMTP timeouts add up to 40 s) would retry a live attempt beside itself.
 * pg-boss keeps the expiry with the queue it creates, so the variable applies to new databases only.
 */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  const boss = newJobBoss(databaseUrl, { max: 1, supervise: false, schedule: false, migrate: true });
  await boss.start();
  try {
    for (const queue of QUEUE_DEFINITIONS) {
      await boss.createQueue(queue.name, { ...queue, expireInSeconds: secondsFromEnv("JOBS_EXPIRE_SECONDS", queue.expireInSeconds) });
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}
