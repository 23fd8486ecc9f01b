import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { mayGrant } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import type { Role } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { roleLabel } from "@/lib/auth/role-labels";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import type { CreateInvitesFormInput } from "@/lib/validation/invites";
import { createInvites, type CreatedBatch } from "./create-invites";
import { expiryProblem } from "./expiry-bounds";
import { resolveExpiry } from "./resolve-expiry";

export type CreatedBatchSummary = CreatedBatch & { role: Role; maxUses: number; expiresAt: Date; note: string | null };

/**
 * Creates a batch on behalf of a signed-in person: the role must be one the policy lets them grant (the ceiling
 * is enforced here, whatever the form offered) and the expiry must lie within the allowed bounds.
 */
export async function createInviteBatch(input: Omit<CreateInvitesFormInput, "tz"> & { tz?: string }, actor: Actor): Promise<Result<CreatedBatchSummary>> {
  if (!mayGrant(actor, input.role)) {
    return fail("forbidden", `You may not create ${roleLabel(input.role)} invites.`, { fields: { role: "Choose a role you may grant." } });
  }
  const at = now();
  const expiresAt = resolveExpiry(input, at);
  const problem = expiryProblem(expiresAt, at);
  if (problem) return problem;
  const note = input.note ?? null;
  const batch = await createInvites({
    role: input.role,
    maxUses: input.maxUses,
    expiresAt,
    note,
    count: input.count,
    createdById: actor.id,
    ip: actor.ip,
    allowedDomains: input.allowedDomains,
    needsApproval: input.needsApproval,
  });
  dispatchWebhookEventsSoon();
  return ok({ ...batch, role: input.role, maxUses: input.maxUses, expiresAt, note });
}
