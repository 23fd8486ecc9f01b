import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventType } from "./webhook-events";

/**
 * Writes events of one type to the outbox inside the caller's transaction, so they exist exactly when their cause
 * commits: one statement however many. Nothing is written when no enabled endpoint wants the type. Call
 * dispatchWebhookEventsSoon() after commit.
 */
export async function recordWebhookEvents(tx: Tx, type: WebhookEventType, payloads: Prisma.InputJsonObject[]): Promise<void> {
  if (payloads.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO webhook_events (type, payload)
    SELECT ${type}, payload FROM unnest(${payloads.map((payload) => JSON.stringify(payload))}::jsonb[]) AS payload
    WHERE EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled AND ${type} = ANY(events))`;
}

export function recordWebhookEvent(tx: Tx, type: WebhookEventType, payload: Prisma.InputJsonObject): Promise<void> {
  return recordWebhookEvents(tx, type, [payload]);
}
