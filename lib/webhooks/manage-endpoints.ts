import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { seal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { fail, ok, type Result } from "@/lib/result";
import type { CreateWebhookInput, UpdateWebhookInput } from "@/lib/validation/webhooks";

const FORBIDDEN = "Only administrators manage webhooks.";

export type WebhookEndpointView = {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  enabled: boolean;
  failingSince: Date | null;
  disabledAt: Date | null;
  disabledReason: string | null;
  createdAt: Date;
};

const VIEW = { id: true, url: true, description: true, events: true, enabled: true, failingSince: true, disabledAt: true, disabledReason: true, createdAt: true } as const;

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** Registers an endpoint. Its signing secret is returned here, once; it is stored sealed, for signing later. */
export async function createWebhookEndpoint(input: CreateWebhookInput, actor: Actor): Promise<Result<WebhookEndpointView & { secret: string }>> {
  if (!can(actor, "webhooks.manage")) return fail("forbidden", FORBIDDEN);
  const id = randomUUID();
  const secret = generateWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: { id, url: input.url, description: input.description, events: [...new Set(input.events)], secretSealed: seal("webhook-secret", secret, id), createdById: actor.id },
      select: VIEW,
    });
    await recordAuditEvent({ actorId: actor.id, action: "webhook.endpoint_create", target: id, ip: actor.ip, detail: { url: input.url, events: input.events } }, tx);
    return row;
  });
  return ok({ ...endpoint, secret });
}

export async function listWebhookEndpoints(): Promise<WebhookEndpointView[]> {
  return db.webhookEndpoint.findMany({ orderBy: { createdAt: "desc" }, select: VIEW });
}

export async function findWebhookEndpoint(id: string): Promise<WebhookEndpointView | null> {
  return db.webhookEndpoint.findUnique({ where: { id }, select: VIEW });
}

/** Endpoints the app disabled itself (failing for 3 days): the dashboard tells ADMINs about them. */
export async function listAutoDisabledEndpoints(): Promise<WebhookEndpointView[]> {
  return db.webhookEndpoint.findMany({ where: { enabled: false, disabledReason: { not: null } }, select: VIEW });
}

/** Enables (clearing the failure clock) or disables an endpoint, or changes its events. */
export async function updateWebhookEndpoint(input: UpdateWebhookInput, actor: Actor): Promise<Result<WebhookEndpointView>> {
  if (!can(actor, "webhooks.manage")) return fail("forbidden", FORBIDDEN);
  const existing = await db.webhookEndpoint.findUnique({ where: { id: input.id }, select: { id: true } });
  if (!existing) return fail("not_found", "This webhook endpoint does not exist.");
  const data = {
    ...(input.events ? { events: [...new Set(input.events)] } : {}),
    ...(input.enabled === true ? { enabled: true, failingSince: null, disabledAt: null, disabledReason: null } : {}),
    ...(input.enabled === false ? { enabled: false, disabledAt: new Date(), disabledReason: null } : {}),
  };
  const endpoint = await db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.update({ where: { id: input.id }, data, select: VIEW });
    await recordAuditEvent({ actorId: actor.id, action: "webhook.endpoint_update", target: input.id, ip: actor.ip, detail: { enabled: input.enabled ?? null, events: input.events ?? null } }, tx);
    return row;
  });
  return ok(endpoint);
}

export async function deleteWebhookEndpoint(args: { id: string }, actor: Actor): Promise<Result<{ id: string }>> {
  if (!can(actor, "webhooks.manage")) return fail("forbidden", FORBIDDEN);
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: args.id } });
    if (count === 0) return fail("not_found", "This webhook endpoint does not exist.");
    await recordAuditEvent({ actorId: actor.id, action: "webhook.endpoint_delete", target: args.id, ip: actor.ip }, tx);
    return ok({ id: args.id });
  });
}

export type DeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  statusCode: number | null;
  latencyMs: number | null;
  responseExcerpt: string | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  createdAt: Date;
};

/** The endpoint's delivery log, newest first. */
export async function listDeliveries(endpointId: string, limit = 100): Promise<DeliveryView[]> {
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { event: { select: { type: true } } },
  });
  return rows.map(({ event, endpointId: _endpointId, deliveredAt: _deliveredAt, ...row }) => ({ ...row, eventType: event.type }));
}

/** Sends a delivery again (the same event, so the same webhook-id): a new job, the row back to pending. */
export async function resendDelivery(args: { id: string }, actor: Actor): Promise<Result<{ id: string }>> {
  if (!can(actor, "webhooks.manage")) return fail("forbidden", FORBIDDEN);
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({ where: { id: args.id }, data: { status: "PENDING", deliveredAt: null } });
    if (count === 0) return fail("not_found", "This delivery does not exist.");
    await enqueue(tx, QUEUES.webhookDeliver, { deliveryId: args.id });
    await recordAuditEvent({ actorId: actor.id, action: "webhook.delivery_resend", target: args.id, ip: actor.ip }, tx);
    return ok({ id: args.id });
  });
}
