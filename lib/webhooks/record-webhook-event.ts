import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventType } from "./webhook-events";

/**
 * Writes an event to the outbox inside the caller's transaction, so it exists exactly when its cause commits.
 * Nothing is written when no enabled endpoint wants the event. Call dispatchWebhookEventsSoon() after commit.
 */
export async function recordWebhookEvent(tx: Tx, type: WebhookEventType, payload: Prisma.InputJsonObject): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO webhook_events (type, payload)
    SELECT ${type}, ${JSON.stringify(payload)}::jsonb
    WHERE EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled AND ${type} = ANY(events))`;
}
