import "server-only";
import type PgBoss from "pg-boss";
import { sendInviteReminders } from "@/lib/invites/resend-invite";
import { log } from "@/lib/log";
import { markMailDead, sendQueuedMail } from "@/lib/mail/send-queued-mail";
import { deliverWebhook, markDeliveryDead } from "@/lib/webhooks/deliver-webhook";
import { dispatchWebhookEvents } from "@/lib/webhooks/dispatch-events";
import { startedJobBoss } from "./job-boss";
import { QUEUES, type JobData, type QueueName } from "./queues";

type Handler<Q extends QueueName> = (data: JobData[Q], job: PgBoss.Job<JobData[Q]>) => Promise<void>;

const HANDLERS: { [Q in QueueName]?: Handler<Q> } = {
  [QUEUES.mailSend]: (data) => sendQueuedMail(data.mailId),
  [QUEUES.mailDead]: (data) => markMailDead(data.mailId),
  [QUEUES.webhookDeliver]: (data) => deliverWebhook(data.deliveryId),
  [QUEUES.webhookDead]: (data) => markDeliveryDead(data.deliveryId),
  [QUEUES.webhookDispatch]: async () => void (await dispatchWebhookEvents()),
  [QUEUES.inviteReminders]: async () => void (await sendInviteReminders()),
};

/** Sweeps that run on a clock (pg-boss cron: each fires once across all instances). */
const SCHEDULES: { queue: QueueName; cron: string }[] = [
  { queue: QUEUES.webhookDispatch, cron: "* * * * *" },
  { queue: QUEUES.inviteReminders, cron: "7 * * * *" },
];

export type WorkerOptions = { pollingIntervalSeconds?: number };

/*
 * pg-boss waits a polling interval after every fetch, however much work is waiting: one job per fetch would cap a
 * process at one job per queue every 2 s (a burst of 40 webhooks took over a minute). So a fetch takes a batch,
 * run side by side, and each job that fails is failed on its own: pg-boss then retries just that one and
 * completes the rest, where a thrown batch would fail (and retry) every job in it.
 */
const BATCH_SIZE = 10;

async function runBatch<Q extends QueueName>(boss: PgBoss, queue: Q, handler: Handler<Q>, jobs: PgBoss.Job<JobData[Q]>[]): Promise<void> {
  const outcomes = await Promise.allSettled(jobs.map((job) => handler(job.data, job)));
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === "fulfilled") continue;
    const reason: unknown = outcome.reason;
    await boss.fail(queue, jobs[i]!.id, reason instanceof Error ? reason : { message: String(reason) });
  }
}

/**
 * Starts this process's workers on every queue. Any number of processes may run them: pg-boss hands each job to
 * one worker at a time (SELECT … FOR UPDATE SKIP LOCKED), and a job whose worker died is retried once it expires.
 * Returns a function that stops them, letting running jobs finish.
 */
export async function startWorkers(options: WorkerOptions = {}): Promise<() => Promise<void>> {
  const boss = await startedJobBoss();
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  for (const [queue, handler] of Object.entries(HANDLERS) as [QueueName, Handler<QueueName>][]) {
    await boss.work<JobData[QueueName]>(queue, { pollingIntervalSeconds, batchSize: BATCH_SIZE }, (jobs) => runBatch(boss, queue, handler, jobs));
  }
  for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron);
  log.info("job workers started", { queues: Object.keys(HANDLERS) });
  return async () => {
    for (const queue of Object.keys(HANDLERS)) await boss.offWork(queue);
  };
}
