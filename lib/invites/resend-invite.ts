import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { decideInviteChange } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { idSchema } from "@/lib/validation/fields";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { IssueRefused, issueBoundInvite } from "./issue-bound-invite";

type LockedBoundInvite = {
  id: string;
  role: Role;
  createdById: string | null;
  revokedAt: Date | null;
  revokedById: string | null;
  expiresAt: Date;
  uses: number;
  boundEmail: string | null;
  needsApproval: boolean;
  note: string | null;
  batchId: string | null;
  inviterName: string | null;
};

const notFound = () => fail("not_found", "This invite does not exist, or you may not change it.");

async function lockBoundInvite(tx: Tx, id: string): Promise<LockedBoundInvite | undefined> {
  const [invite] = await tx.$queryRaw<LockedBoundInvite[]>`
    SELECT i.id::text AS id, i.role, i.created_by_id::text AS "createdById", i.revoked_at AS "revokedAt",
           i.revoked_by_id::text AS "revokedById", i.expires_at AS "expiresAt", i.uses, i.bound_email AS "boundEmail",
           i.needs_approval AS "needsApproval", i.note, i.batch_id::text AS "batchId", u.name AS "inviterName"
    FROM invites i LEFT JOIN users u ON u.id = i.created_by_id
    WHERE i.id = ${id}::uuid FOR UPDATE OF i`;
  return invite;
}

/**
 * Replaces an unused e-mail invite with a fresh one to the same address and revokes the old: codes are never
 * stored, so the old code cannot be sent again. Also how reminders go out (`reminder`, on behalf of nobody).
 */
async function replaceBoundInvite(tx: Tx, invite: LockedBoundInvite, by: { actorId: string | null; ip: string | null; reminder: boolean }) {
  const reason = by.reminder ? "Replaced by a reminder with a fresh code" : "Replaced by a resent invite with a fresh code";
  await tx.invite.update({ where: { id: invite.id }, data: { revokedAt: now(), revokedById: by.actorId, revokeReason: reason } });
  await recordWebhookEvent(tx, "invite.revoked", { invite: { id: invite.id, role: invite.role }, reason });
  const issued = await issueBoundInvite(tx, {
    email: invite.boundEmail!,
    role: invite.role,
    expiresAt: invite.expiresAt,
    needsApproval: invite.needsApproval,
    note: invite.note,
    batchId: invite.batchId,
    createdById: invite.createdById,
    inviterName: invite.inviterName,
    message: null,
    reminder: by.reminder,
    ip: by.ip,
  });
  await recordAuditEvent({ actorId: by.actorId, action: "invite.resend", target: invite.id, ip: by.ip, detail: { replacedBy: issued.inviteId, reminder: by.reminder } }, tx);
  return issued;
}

export async function resendInvite(args: { id: string }, actor: Actor): Promise<Result<{ inviteId: string; mailId: string }>> {
  if (!idSchema.safeParse(args.id).success) return notFound();
  try {
    const result = await db.$transaction(async (tx) => {
      const invite = await lockBoundInvite(tx, args.id);
      if (!invite) return notFound();
      const decision = decideInviteChange(actor, invite, "revoke");
      if (!decision.allowed) return fail(decision.reason, decision.message);
      if (!invite.boundEmail) return fail("conflict", "Only an invite sent by e-mail can be resent.");
      if (invite.revokedAt) return fail("conflict", "This invite is revoked; create a new one instead.");
      if (invite.uses > 0) return fail("conflict", "This invite has been used already.");
      if (invite.expiresAt <= now()) return fail("conflict", "This invite has expired; extend it first, then resend it.");
      const issued = await replaceBoundInvite(tx, invite, { actorId: actor.id, ip: actor.ip ?? null, reminder: false });
      return ok({ inviteId: issued.inviteId, mailId: issued.mailId });
    });
    dispatchWebhookEventsSoon();
    return result;
  } catch (error) {
    if (error instanceof IssueRefused) return { ok: false, error: error.error };
    throw error;
  }
}

/** The reminders due now: unused e-mail invites expiring within the configured days, not reminded before. */
export async function sendInviteReminders(): Promise<number> {
  const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 }, select: { reminderDaysBeforeExpiry: true } });
  if (!settings.reminderDaysBeforeExpiry) return 0;
  const at = now();
  const due = await db.invite.findMany({
    where: {
      boundEmail: { not: null },
      uses: 0,
      revokedAt: null,
      remindedAt: null,
      expiresAt: { gt: at, lte: new Date(at.getTime() + settings.reminderDaysBeforeExpiry * 86_400_000) },
      // An invite made to last less than the reminder window would be reminded at once; wait a day at least.
      createdAt: { lte: new Date(at.getTime() - 86_400_000) },
    },
    select: { id: true },
    take: 200,
  });
  let sent = 0;
  for (const { id } of due) {
    try {
      await db.$transaction(async (tx) => {
        const invite = await lockBoundInvite(tx, id);
        if (!invite || invite.revokedAt || invite.uses > 0) return;
        await replaceBoundInvite(tx, invite, { actorId: null, ip: null, reminder: true });
        sent++;
      });
    } catch (error) {
      if (!(error instanceof IssueRefused)) throw error;
    }
  }
  if (sent > 0) dispatchWebhookEventsSoon();
  return sent;
}
