/*
 * Every queue the app uses, with its retry policy. A job carries only references (ids), never secrets. After
 * its last retry a job is failed and copied to its queue's dead-letter queue, whose worker records the death
 * on the row the job was about (a mail is marked failed and its sealed payload erased). Backoff is exponential:
 * pg-boss waits retryDelay × 2^n seconds before try n + 1.
 */
export const QUEUES = {
  mailSend: "mail.send",
  mailDead: "mail.dead",
  webhookDeliver: "webhook.deliver",
  webhookDead: "webhook.dead",
  webhookDispatch: "webhook.dispatch",
  inviteReminders: "invite.reminders",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export type JobData = {
  "mail.send": { mailId: string };
  "mail.dead": { mailId: string };
  "webhook.deliver": { deliveryId: string };
  "webhook.dead": { deliveryId: string };
  "webhook.dispatch": Record<string, never>;
  "invite.reminders": Record<string, never>;
};

type QueueDefinition = {
  name: QueueName;
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds: number;
  deadLetter?: QueueName;
  policy?: "standard" | "singleton";
};

/** A whole number of seconds from the environment, or the default when the variable is unset or empty. */
export function secondsFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`${name} must be a whole number of seconds, at least 1 (got "${raw}")`);
  return seconds;
}

/** In creation order: a dead-letter queue exists before the queue that names it. */
export const QUEUE_DEFINITIONS: readonly QueueDefinition[] = [
  { name: QUEUES.mailDead, retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  // 9 tries over about 40 minutes (5 s, 10 s, … 640 s): an SMTP outage of that length loses nothing.
  // An attempt outlives the SMTP timeouts (10 s + 10 s + 20 s); after 60 s its worker is taken for dead.
  { name: QUEUES.mailSend, retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, deadLetter: QUEUES.mailDead },
  { name: QUEUES.webhookDead, retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  // 13 tries over about a day (10 s … 11 h); an endpoint failing for 3 days is disabled (lib/webhooks).
  { name: QUEUES.webhookDeliver, retryLimit: 12, retryDelay: 10, retryBackoff: true, expireInSeconds: 60, deadLetter: QUEUES.webhookDead },
  { name: QUEUES.webhookDispatch, retryLimit: 2, retryDelay: 5, retryBackoff: false, expireInSeconds: 60, policy: "singleton" },
  { name: QUEUES.inviteReminders, retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 300, policy: "singleton" },
];

/** Queues whose failed jobs ADMINs see at /admin/jobs (the dead-letter queues only record deaths). */
export const WORK_QUEUES: readonly QueueName[] = [QUEUES.mailSend, QUEUES.webhookDeliver, QUEUES.webhookDispatch, QUEUES.inviteReminders];
