import { grantableRoles, type Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { fail, ok, type Result } from "@/lib/result";
import type { CreateInvitesInput } from "@/lib/validation/invites";
import { createInvites, type CreatedBatch } from "./create-invites";

/** Creates invites for an actor: only roles they may grant, only with an expiry in the future. */
export async function createInvitesAsActor(input: CreateInvitesInput, actor: Actor): Promise<Result<CreatedBatch>> {
  if (!grantableRoles(actor.role).includes(input.role)) {
    return fail("forbidden", `You may not create ${input.role} invites.`, { fields: { role: "Choose a role you may grant." } });
  }
  if (input.expiresAt.getTime() <= now().getTime()) {
    return fail("validation", "The expiry must be in the future.", { fields: { expiresAt: "Choose a time in the future." } });
  }
  return ok(
    await createInvites({ ...input, note: input.note ?? null, createdById: actor.id, ip: actor.ip }),
  );
}
