import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/queue-mail";
import { renderInviteMail } from "@/lib/mail/templates/invite-mail";
import type { DomainError } from "@/lib/result";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { codePrefix, formatCode, generateCode } from "./codes";

export type BoundInviteArgs = {
  email: string;
  role: Role;
  expiresAt: Date;
  needsApproval: boolean;
  note: string | null;
  batchId: string | null;
  createdById: string | null;
  inviterName: string | null;
  message: string | null;
  reminder: boolean;
  ip: string | null;
};

/** Thrown inside a transaction to roll it back with a domain error (a mail limit reached). */
export class IssueRefused extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/**
 * Creates one single-use invite bound to an address and queues the mail that carries its code, in the caller's
 * transaction. The code exists in memory only until it is sealed into the mail's payload: nothing stores it.
 */
export async function issueBoundInvite(tx: Tx, args: BoundInviteArgs): Promise<{ inviteId: string; mailId: string; prefix: string }> {
  const code = generateCode();
  const prefix = codePrefix(code);
  const invite = await tx.invite.create({
    data: {
      codeHash: new Uint8Array(hashSecret(code)),
      prefix,
      role: args.role,
      maxUses: 1,
      expiresAt: args.expiresAt,
      note: args.note,
      createdById: args.createdById,
      batchId: args.batchId,
      boundEmail: args.email,
      needsApproval: args.needsApproval,
      remindedAt: args.reminder ? now() : null,
    },
    select: { id: true },
  });
  const siteUrl = env().NEXTAUTH_URL;
  const message = renderInviteMail(
    {
      inviterName: args.inviterName,
      role: args.role,
      link: new URL(`/invite/${code}`, siteUrl).toString(),
      code: formatCode(code),
      expiresAt: args.expiresAt,
      message: args.message,
      siteUrl,
      reminder: args.reminder,
    },
    now(),
  );
  const mail = await queueMail(tx, { to: args.email, kind: args.reminder ? "invite_reminder" : "invite", message, inviteId: invite.id });
  if (!mail.ok) throw new IssueRefused(mail.error);
  await recordAuditEvent(
    {
      actorId: args.createdById,
      action: "invite.email_send",
      target: invite.id,
      ip: args.ip,
      detail: { to: args.email, role: args.role, prefix, expiresAt: args.expiresAt.toISOString(), reminder: args.reminder, mailId: mail.data.mailId },
    },
    tx,
  );
  await recordWebhookEvent(tx, "invite.created", {
    invite: { id: invite.id, prefix, role: args.role, maxUses: 1, expiresAt: args.expiresAt.toISOString(), boundEmail: args.email, createdById: args.createdById },
  });
  return { inviteId: invite.id, mailId: mail.data.mailId, prefix };
}
