import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { revokeCreatorInvites } from "@/lib/invites/revoke-creator-invites";
import { fail, ok, type Result } from "@/lib/result";
import { endUserSessions } from "@/lib/sessions/end-sessions";
import { idSchema } from "@/lib/validation/fields";
import { anotherManagerRemains, type ChangedUser } from "./change-user-role";

/**
 * Disables or re-enables an account. Disabling ends every session of the user at once and revokes every live
 * invite they created, in one transaction; re-enabling revives neither (they sign in again, and revoked invites
 * stay revoked). Nobody disables themselves, nor the last enabled administrator.
 */
export async function setUserDisabled(args: { id: string; disabled: boolean; actor: Actor }): Promise<Result<ChangedUser>> {
  if (!can(args.actor, "users.manage")) return fail("forbidden", "Only administrators may disable or enable accounts.");
  if (!idSchema.safeParse(args.id).success) return notFound();
  if (args.id === args.actor.id) return fail("conflict", "You cannot disable your own account.");
  return db.$transaction(async (tx: Tx) => {
    const user = await tx.user.findUnique({ where: { id: args.id }, select: { id: true, role: true, disabled: true } });
    if (!user) return notFound();
    if (user.disabled === args.disabled) {
      return fail("conflict", args.disabled ? "This account is already disabled." : "This account is already enabled.");
    }
    if (args.disabled && can(user, "users.manage") && !(await anotherManagerRemains(user.id, tx))) {
      return fail("conflict", "This is the last enabled administrator and cannot be disabled.");
    }
    const changed = await tx.user.update({
      where: { id: user.id },
      data: { disabled: args.disabled },
      select: { id: true, email: true, role: true, disabled: true },
    });
    let invitesRevoked = 0;
    if (args.disabled) {
      await endUserSessions({ userId: user.id, reason: "disabled" }, tx);
      invitesRevoked = await revokeCreatorInvites(tx, {
        creatorId: user.id,
        keepRoles: [],
        actorId: args.actor.id,
        reason: "Its creator's account was disabled.",
        ip: args.actor.ip,
      });
    }
    await recordAuditEvent(
      {
        actorId: args.actor.id,
        action: args.disabled ? "user.disable" : "user.enable",
        target: user.id,
        ip: args.actor.ip,
        detail: args.disabled ? { invitesRevoked } : {},
      },
      tx,
    );
    return ok(changed);
  });
}

const notFound = () => fail("not_found", "This user does not exist.");
