import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { log } from "@/lib/log";

const BATCH = 200;

/**
 * Turns outbox events into deliveries: one row and one webhook.deliver job per subscribed endpoint, and the event
 * marked dispatched, all in one transaction. Events are claimed with SKIP LOCKED, so instances dispatching at the
 * same time never both take an event. Returns how many events were dispatched.
 */
export async function dispatchWebhookEvents(): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const events = await tx.$queryRaw<{ id: string; type: string }[]>`
        SELECT id::text, type FROM webhook_events WHERE dispatched_at IS NULL
        ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      if (events.length === 0) return 0;
      const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true, events: true } });
      for (const event of events) {
        for (const endpoint of endpoints.filter((candidate) => candidate.events.includes(event.type))) {
          const [delivery] = await tx.$queryRaw<{ id: string }[]>`
            INSERT INTO webhook_deliveries (endpoint_id, event_id) VALUES (${endpoint.id}::uuid, ${event.id}::uuid)
            ON CONFLICT (endpoint_id, event_id) DO NOTHING RETURNING id::text`;
          if (delivery) await enqueue(tx, QUEUES.webhookDeliver, { deliveryId: delivery.id });
        }
      }
      await tx.$executeRaw`UPDATE webhook_events SET dispatched_at = now() WHERE id = ANY(${events.map((event) => event.id)}::uuid[])`;
      return events.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

let running = false;
let again = false;

/**
 * Dispatches right after a commit, without making the request wait; calls during a run fold into one more run.
 * A crash before it runs loses nothing: the webhook.dispatch job sweeps the outbox every minute.
 */
export function dispatchWebhookEventsSoon(): void {
  if (running) {
    again = true;
    return;
  }
  running = true;
  void (async () => {
    try {
      do {
        again = false;
        await dispatchWebhookEvents();
      } while (again);
    } catch (error) {
      log.error("webhook dispatch failed; the minute sweep will retry", { error });
    } finally {
      running = false;
    }
  })();
}
