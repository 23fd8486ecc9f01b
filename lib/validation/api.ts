import { z } from "zod";
import { roleSchema } from "./fields";
import { inviteStateSchema, revokeInviteSchema } from "./invites";

/*
 * Shapes of the JSON API's bodies and answers. Request schemas are the shared ones (invites.ts, stats.ts,
 * redeem.ts); these describe what comes back, and the OpenAPI document is generated from both.
 */
const instant = z.iso.datetime();
const person = z.object({ id: z.uuid(), email: z.string(), name: z.string() });

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: "Stable machine-readable code, e.g. invalid_key, insufficient_scope, validation, not_found." }),
    message: z.string().meta({ description: "What went wrong, for a person." }),
    details: z.unknown().optional().meta({ description: "For validation errors: a list of { path, message }." }),
  }),
});

export const redeemResponseSchema = z.object({ user: z.object({ id: z.uuid(), email: z.string(), role: roleSchema }) });

/** What a code grants, for anyone who holds it: nothing beyond what the invite page shows. */
export const checkInviteResponseSchema = z.object({
  state: inviteStateSchema,
  role: roleSchema,
  expiresAt: instant,
  maxUses: z.int(),
  usesLeft: z.int(),
  paused: z.boolean().meta({ description: "An administrator has paused redemptions: redeem answers 403 `paused` whatever the invite's state." }),
  pauseMessage: z.string().nullable().meta({ description: "The administrator's note shown with the pause (also on the invite page); null when not paused." }),
}).meta({ description: "`state` is `active` and `paused` false when the code can be redeemed now." });

/** The dashboard's revoke form without the id, which the API takes from the path. */
export const revokeInviteBodySchema = revokeInviteSchema.omit({ id: true });

const inviteResponseSchema = z.object({
  id: z.uuid(),
  prefix: z.string().meta({ description: "First 4 symbols of the code, for telling invites apart." }),
  role: roleSchema,
  maxUses: z.int(),
  uses: z.int(),
  expiresAt: instant,
  note: z.string().nullable(),
  createdAt: instant,
  revokedAt: instant.nullable(),
  revokeReason: z.string().nullable(),
  batchId: z.uuid().nullable(),
  state: inviteStateSchema,
  createdBy: person.nullable(),
  revokedBy: person.nullable(),
});

export const inviteListResponseSchema = z.object({
  invites: z.array(inviteResponseSchema),
  nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last page." }),
});

export const inviteDetailResponseSchema = inviteResponseSchema.extend({
  redemptions: z.array(
    z.object({
      id: z.uuid(),
      createdAt: instant,
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
      user: person.extend({ role: roleSchema }),
    }),
  ),
});

export const createdInvitesResponseSchema = z.object({
  batchId: z.uuid(),
  invites: z.array(
    z.object({
      id: z.uuid(),
      code: z.string().meta({ description: "The code: returned here once and never again (only its hash is stored)." }),
      display: z.string().meta({ description: "The code grouped for reading, e.g. 7K3QZ-…" }),
      prefix: z.string(),
    }),
  ),
});

export const managedInviteResponseSchema = z.object({ id: z.uuid(), revokedAt: instant.nullable(), expiresAt: instant });

const count = z.int().min(0);
export const statsResponseSchema = z.object({
  range: z.object({ fromDay: z.iso.date(), toDay: z.iso.date(), tz: z.string(), bucket: z.enum(["day", "week"]), start: instant, end: instant }),
  counts: z.object({
    active: count,
    expired: count,
    exhausted: count,
    revoked: count,
    total: count,
    redemptions: z.object({ total: count, last24h: count, last7d: count }),
  }),
  series: z.array(z.object({ bucket: z.iso.date(), redemptions: count })),
  redemptionsInRange: count,
  conversion: z.object({ invites: count, offeredUses: count, redeemedUses: count, rate: z.number() }),
  byRole: z.array(z.object({ role: roleSchema, redemptions: count, invites: count })),
  byCreator: z.array(z.object({ creatorId: z.uuid().nullable(), email: z.string().nullable(), name: z.string().nullable(), redemptions: count, invites: count })),
  byInviter: z.array(z.object({ inviterId: z.uuid(), email: z.string(), name: z.string(), accounts: count, disabled: count })),
  byBatch: z.array(z.object({ batchId: z.uuid().nullable(), note: z.string().nullable(), redemptions: count, invites: count })),
  mostUsed: z.array(z.object({ id: z.uuid(), prefix: z.string(), note: z.string().nullable(), role: roleSchema, uses: count, maxUses: count, redemptions: count })),
  failedByReason: z.array(z.object({ reason: z.string(), count })),
});

export const emailInvitesResponseSchema = z.object({
  batchId: z.uuid(),
  sent: z.array(
    z.object({ email: z.string(), role: roleSchema, inviteId: z.uuid(), mailId: z.uuid(), prefix: z.string() }).meta({
      description: "An invite bound to this address; its code goes only by e-mail and is never returned.",
    }),
  ),
  refused: z.array(z.object({ email: z.string(), error: z.object({ code: z.string(), message: z.string() }) })),
  problems: z.array(z.object({ line: z.number(), text: z.string(), message: z.string() })),
});

const inviteRequestResponseSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  reason: z.string().nullable(),
  status: z.enum(["UNCONFIRMED", "PENDING", "APPROVED", "REJECTED"]),
  createdAt: instant,
  confirmedAt: instant.nullable(),
  decidedAt: instant.nullable(),
  decidedBy: z.string().nullable(),
  decisionMessage: z.string().nullable(),
  inviteId: z.uuid().nullable(),
});
export const inviteRequestListResponseSchema = z.object({ requests: z.array(inviteRequestResponseSchema) });
export const requestDecisionResponseSchema = z.object({ id: z.uuid(), email: z.string(), ok: z.literal(true) });
export const resentInviteResponseSchema = z.object({
  inviteId: z.uuid().meta({ description: "The new invite; the old one is revoked. Its code goes only by e-mail." }),
  mailId: z.uuid(),
});

const webhookEndpointResponseSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  failingSince: instant.nullable(),
  disabledAt: instant.nullable(),
  disabledReason: z.string().nullable(),
  createdAt: instant,
});
export const webhookListResponseSchema = z.object({ webhooks: z.array(webhookEndpointResponseSchema) });
export const createdWebhookResponseSchema = webhookEndpointResponseSchema.extend({
  secret: z.string().meta({ description: "The Standard Webhooks signing secret (whsec_…): returned here once; stored encrypted." }),
});
export const webhookDeliveriesResponseSchema = z.object({
  deliveries: z.array(
    z.object({
      id: z.uuid(),
      eventId: z.uuid().meta({ description: "The webhook-id header: the same on every retry and resend." }),
      eventType: z.string(),
      status: z.enum(["PENDING", "DELIVERED", "FAILED", "SKIPPED"]),
      attempts: z.number().int(),
      statusCode: z.number().int().nullable(),
      latencyMs: z.number().int().nullable(),
      responseExcerpt: z.string().nullable(),
      lastError: z.string().nullable(),
      lastAttemptAt: instant.nullable(),
      createdAt: instant,
    }),
  ),
});
