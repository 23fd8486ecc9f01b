import "server-only";
import { Webhook } from "standardwebhooks";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { unseal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { guardedPost } from "./guarded-post";

/** An endpoint that has failed without a single success for this long is disabled, and ADMINs are told. */
const DISABLE_AFTER_MS = 3 * 24 * 3_600_000;
const TIMEOUT_MS = 10_000;

/** What the receiver gets: Standard Webhooks' envelope. */
function webhookBody(event: { type: string; createdAt: Date; payload: unknown }): string {
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data: event.payload });
}

/**
 * The webhook.deliver job: signs the event per Standard Webhooks (`webhook-id` is the event's id, the same on
 * every retry, so receivers can de-duplicate) and POSTs it. A 2xx answer delivers it; anything else is recorded
 * and thrown, so the queue retries with backoff.
 */
export async function deliverWebhook(deliveryId: string): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true, event: true } });
  if (!delivery || delivery.status === "DELIVERED") return;
  const { endpoint, event } = delivery;
  if (!endpoint.enabled) {
    await db.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "SKIPPED", lastError: "The endpoint is disabled." } });
    return;
  }
  const body = webhookBody(event);
  const sentAt = now();
  const signature = new Webhook(unseal("webhook-secret", endpoint.secretSealed, endpoint.id)).sign(event.id, sentAt, body);
  const headers = {
    "content-type": "application/json",
    "user-agent": "invites-webhooks/1",
    "webhook-id": event.id,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": signature,
  };
  const started = performance.now();
  let outcome: { statusCode: number | null; excerpt: string | null; error: string | null };
  try {
    const response = await guardedPost(endpoint.url, body, headers, { allowPrivate: env().WEBHOOKS_ALLOW_PRIVATE, timeoutMs: TIMEOUT_MS });
    const ok = response.status >= 200 && response.status < 300;
    outcome = { statusCode: response.status, excerpt: response.body.slice(0, 500), error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    outcome = { statusCode: null, excerpt: null, error: error instanceof Error ? error.message : String(error) };
  }
  const attempt = {
    attempts: { increment: 1 },
    statusCode: outcome.statusCode,
    latencyMs: Math.round(performance.now() - started),
    responseExcerpt: outcome.excerpt,
    lastError: outcome.error,
    lastAttemptAt: now(),
  };
  if (!outcome.error) {
    await db.$transaction([
      db.webhookDelivery.update({ where: { id: deliveryId }, data: { ...attempt, status: "DELIVERED", deliveredAt: now() } }),
      db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } }),
    ]);
    return;
  }
  await db.webhookDelivery.update({ where: { id: deliveryId }, data: attempt });
  await noteEndpointFailure(endpoint.id);
  throw new Error(`webhook to ${new URL(endpoint.url).host}: ${outcome.error}`);
}

/** Starts the endpoint's failing clock, or disables it once it has run for DISABLE_AFTER_MS. */
async function noteEndpointFailure(endpointId: string): Promise<void> {
  await db.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: now() } });
  const disabled = await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, enabled: true, failingSince: { lte: new Date(now().getTime() - DISABLE_AFTER_MS) } },
      data: { enabled: false, disabledAt: now(), disabledReason: "Every delivery failed for 3 days." },
    });
    if (count === 1) {
      await recordAuditEvent({ action: "webhook.endpoint_disabled", target: endpointId, detail: { reason: "failing for 3 days" } }, tx);
    }
    return count === 1;
  });
  if (disabled) log.warn("webhook endpoint disabled after failing for 3 days", { endpointId });
}

/** The dead-letter side of webhook.deliver: the delivery ran out of retries. */
export async function markDeliveryDead(deliveryId: string): Promise<void> {
  await db.webhookDelivery.updateMany({ where: { id: deliveryId, status: "PENDING" }, data: { status: "FAILED" } });
}
