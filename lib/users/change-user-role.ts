import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, grantableRoles, mayAssignRole, rolesWith } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { revokeCreatorInvites } from "@/lib/invites/revoke-creator-invites";
import { fail, ok, type Result } from "@/lib/result";
import { endUserSessions } from "@/lib/sessions/end-sessions";
import { idSchema } from "@/lib/validation/fields";

export type ChangedUser = { id: string; email: string; role: Role; disabled: boolean };

const select = { id: true, email: true, role: true, disabled: true } as const;

/**
 * Whether someone else who may manage users would remain enabled, so that nobody can lock every administrator
 * out. Who counts comes from the policy ("users.manage"), not from a role name.
 */
async function anotherManagerRemains(userId: string, client: Tx = db): Promise<boolean> {
  const others = await client.user.count({ where: { role: { in: rolesWith("users.manage") }, disabled: false, id: { not: userId } } });
  return others > 0;
}

/**
 * Gives a user another role. Nobody changes their own role (a slip could lock them out), and the last enabled
 * administrator keeps theirs. In the same transaction the user's sessions end (they sign in again with the new
 * role) and every live invite they created that their new role could not create is revoked, with a reason.
 */
export async function changeUserRole(args: { id: string; role: Role; actor: Actor }): Promise<Result<ChangedUser>> {
  if (!can(args.actor, "users.manage")) return fail("forbidden", "Only administrators may change roles.");
  if (!mayAssignRole(args.actor, args.role)) return fail("forbidden", "You may not give that role.");
  if (!idSchema.safeParse(args.id).success) return notFound();
  if (args.id === args.actor.id) return fail("conflict", "You cannot change your own role. Ask another administrator.");
  const result = await db.$transaction(async (tx: Tx) => {
    const user = await tx.user.findUnique({ where: { id: args.id }, select });
    if (!user) return notFound();
    if (user.role === args.role) return fail("conflict", `${user.email} already has that role.`);
    if (can(user, "users.manage") && !can({ ...user, role: args.role }, "users.manage") && !(await anotherManagerRemains(user.id, tx))) {
      return fail("conflict", "This is the last enabled administrator; make someone else an administrator first.");
    }
    const changed = await tx.user.update({ where: { id: user.id }, data: { role: args.role }, select });
    const revoked = await revokeCreatorInvites(tx, {
      creatorId: user.id,
      keepRoles: grantableRoles(changed),
      actorId: args.actor.id,
      reason: "Its creator's new role may not create invites of this role.",
      ip: args.actor.ip,
    });
    await endUserSessions({ userId: user.id, reason: "role_changed" }, tx);
    await recordWebhookEvent(tx, "user.role_changed", { user: { id: changed.id, email: changed.email }, from: user.role, to: args.role, changedById: args.actor.id });
    await recordAuditEvent(
      { actorId: args.actor.id, action: "user.role_change", target: user.id, ip: args.actor.ip, detail: { from: user.role, to: args.role, invitesRevoked: revoked } },
      tx,
    );
    return ok(changed);
  });
  if (result.ok) dispatchWebhookEventsSoon();
  return result;
}

const notFound = () => fail("not_found", "This user does not exist.");
