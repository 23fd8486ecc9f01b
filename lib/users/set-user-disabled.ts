import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, rolesWith } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { revokeCreatorInvites } from "@/lib/invites/revoke-creator-invites";
import { fail, ok, type Result } from "@/lib/result";
import { endUserSessions } from "@/lib/sessions/end-sessions";
import { idSchema } from "@/lib/validation/fields";
import { type ChangedUser } from "./change-user-role";
import { branchIds } from "./invite-tree";

/**
 * The rules every way of disabling accounts obeys (one account here, a branch of the invite tree in
 * disableBranch): only user managers disable, nobody disables themselves, and at least one enabled user manager
 * remains outside the accounts being disabled.
 */
async function refuseToDisable(tx: Tx, accounts: { id: string; role: Role }[], actor: Actor): Promise<Result<never> | null> {
  if (accounts.some((account) => account.id === actor.id)) {
    return fail("conflict", accounts.length === 1 ? "You cannot disable your own account." : "Your own account is in this branch; you cannot disable it.");
  }
  if (accounts.some((account) => can(account, "users.manage"))) {
    const remaining = await tx.user.count({
      where: { role: { in: rolesWith("users.manage") }, disabled: false, id: { notIn: accounts.map((account) => account.id) } },
    });
    if (remaining === 0) {
      return fail("conflict", accounts.length === 1
        ? "This is the last enabled administrator and cannot be disabled."
        : "This branch holds the last enabled administrator; it cannot be disabled.");
    }
  }
  return null;
}

/**
 * Disabling, in the caller's transaction: every session of the user ends at once and every live invite they
 * created is revoked. Answers how many invites were revoked.
 */
async function disableAccount(tx: Tx, userId: string, actor: Actor): Promise<number> {
  const changed = await tx.user.update({ where: { id: userId }, data: { disabled: true }, select: { id: true, email: true, role: true } });
  await endUserSessions({ userId, reason: "disabled" }, tx);
  await recordWebhookEvent(tx, "user.disabled", { user: changed, disabledById: actor.id });
  return revokeCreatorInvites(tx, {
    creatorId: userId,
    keepRoles: [],
    actorId: actor.id,
    reason: "Its creator's account was disabled.",
    ip: actor.ip,
  });
}

/**
 * Disables or re-enables an account. Disabling ends every session of the user at once and revokes every live
 * invite they created, in one transaction; re-enabling revives neither (they sign in again, and revoked invites
 * stay revoked). Nobody disables themselves, nor the last enabled administrator.
 */
export async function setUserDisabled(args: { id: string; disabled: boolean; actor: Actor }): Promise<Result<ChangedUser>> {
  if (!can(args.actor, "users.manage")) return fail("forbidden", "Only administrators may disable or enable accounts.");
  if (!idSchema.safeParse(args.id).success) return notFound();
  if (args.id === args.actor.id) return fail("conflict", "You cannot disable your own account.");
  const result = await db.$transaction(async (tx: Tx) => {
    const user = await tx.user.findUnique({ where: { id: args.id }, select: { id: true, role: true, disabled: true } });
    if (!user) return notFound();
    if (user.disabled === args.disabled) {
      return fail("conflict", args.disabled ? "This account is already disabled." : "This account is already enabled.");
    }
    let invitesRevoked = 0;
    if (args.disabled) {
      const refused = await refuseToDisable(tx, [user], args.actor);
      if (refused) return refused;
      invitesRevoked = await disableAccount(tx, user.id, args.actor);
    } else {
      await tx.user.update({ where: { id: user.id }, data: { disabled: false } });
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
    return ok(await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, email: true, role: true, disabled: true } }));
  });
  if (result.ok) dispatchWebhookEventsSoon();
  return result;
}

export type DisabledBranch = { rootId: string; disabled: string[]; invitesRevoked: number };

/**
 * "Disable branch" for abuse tracing: disables an account and, when `descendants` is set, every account below
 * it in the invite tree, in one transaction with one `user.disable_branch` audit event that lists them. The
 * rules of setUserDisabled apply to the whole set: refused when it holds the actor or the last enabled
 * administrator. Accounts already disabled are left as they are.
 */
export async function disableBranch(args: { id: string; descendants: boolean; actor: Actor }): Promise<Result<DisabledBranch>> {
  if (!can(args.actor, "users.manage")) return fail("forbidden", "Only administrators may disable accounts.");
  if (!idSchema.safeParse(args.id).success) return notFound();
  const result = await db.$transaction(async (tx: Tx) => {
    const ids = args.descendants ? await branchIds(args.id, tx) : [args.id];
    const accounts = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true, disabled: true } });
    if (!accounts.some((account) => account.id === args.id)) return notFound();
    const enabled = accounts.filter((account) => !account.disabled);
    if (enabled.length === 0) return fail("conflict", args.descendants ? "Every account in this branch is already disabled." : "This account is already disabled.");
    const refused = await refuseToDisable(tx, accounts, args.actor);
    if (refused) return refused;
    let invitesRevoked = 0;
    for (const account of enabled) invitesRevoked += await disableAccount(tx, account.id, args.actor);
    const disabled = enabled.map((account) => account.id);
    await recordAuditEvent(
      {
        actorId: args.actor.id,
        action: "user.disable_branch",
        target: args.id,
        ip: args.actor.ip,
        detail: { descendants: args.descendants, disabled, invitesRevoked },
      },
      tx,
    );
    return ok({ rootId: args.id, disabled, invitesRevoked });
  });
  if (result.ok) dispatchWebhookEventsSoon();
  return result;
}

const notFound = () => fail("not_found", "This user does not exist.");
