import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";
import { renderAccountApprovedMail } from "@/lib/mail/templates/request-mails";
import { fail, ok, type Result } from "@/lib/result";

export type PendingUser = { id: string; email: string; name: string; role: string; createdAt: Date };

/** Accounts made by invites that needed approval, oldest first: they cannot sign in yet. */
export async function listPendingUsers(): Promise<PendingUser[]> {
  return db.user.findMany({
    where: { pendingApproval: true, disabled: false },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

export async function countPendingUsers(): Promise<number> {
  return db.user.count({ where: { pendingApproval: true, disabled: false } });
}

/** Lets a pending account sign in, and tells its owner by e-mail. */
export async function approvePendingUser(args: { id: string }, actor: Actor): Promise<Result<{ id: string }>> {
  if (!can(actor, "users.approve")) return fail("forbidden", "Only administrators approve accounts.");
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: args.id, pendingApproval: true }, data: { pendingApproval: false } });
    if (count === 0) return fail("not_found", "No account with this id is waiting for approval.");
    const user = await tx.user.findUniqueOrThrow({ where: { id: args.id }, select: { email: true, name: true } });
    await queueMail(tx, { to: user.email, kind: "account_approved", message: renderAccountApprovedMail({ name: user.name, siteUrl: env().NEXTAUTH_URL }) });
    await recordAuditEvent({ actorId: actor.id, action: "user.approve", target: args.id, ip: actor.ip, detail: { email: user.email } }, tx);
    return ok({ id: args.id });
  });
}

/** Refuses a pending account: it is disabled (kept, with its redemption, for the audit trail). */
export async function rejectPendingUser(args: { id: string }, actor: Actor): Promise<Result<{ id: string }>> {
  if (!can(actor, "users.approve")) return fail("forbidden", "Only administrators approve accounts.");
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: args.id, pendingApproval: true, disabled: false }, data: { disabled: true } });
    if (count === 0) return fail("not_found", "No account with this id is waiting for approval.");
    await recordAuditEvent({ actorId: actor.id, action: "user.disable", target: args.id, ip: actor.ip, detail: { reason: "not approved" } }, tx);
    return ok({ id: args.id });
  });
}
