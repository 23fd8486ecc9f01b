import { newJobBoss } from "./job-boss";
import { QUEUE_DEFINITIONS } from "./queues";

/**
 * Creates or upgrades pg-boss's schema and the app's queues. Part of migrating the database (run-migrations
 * calls it), so a job can be sent in any transaction without a started queue. Safe to run concurrently: pg-boss
 * migrates under an advisory lock and creating an existing queue does nothing.
 */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  const boss = newJobBoss(databaseUrl, { max: 1, supervise: false, schedule: false, migrate: true });
  await boss.start();
  try {
    for (const queue of QUEUE_DEFINITIONS) await boss.createQueue(queue.name, queue);
  } finally {
    await boss.stop({ graceful: false });
  }
}
