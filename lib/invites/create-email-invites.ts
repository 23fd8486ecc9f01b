import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { can, mayGrant } from "@/lib/auth/policy";
import { roleLabel } from "@/lib/auth/role-labels";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { fail, ok, type DomainError, type Result } from "@/lib/result";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import { expiryProblem } from "./expiry-bounds";
import { IssueRefused, issueBoundInvite } from "./issue-bound-invite";
import { RECIPIENT_LIMIT, type Recipient, type RecipientProblem } from "./parse-recipients";

export type EmailInvitesArgs = {
  recipients: Recipient[];
  role: Role;
  expiresAt: Date;
  message: string | null;
  note: string | null;
  needsApproval: boolean;
};

type EmailInviteSent = { email: string; role: Role; inviteId: string; mailId: string; prefix: string };
type EmailInviteRefused = { email: string; error: DomainError };
export type EmailInvitesOutcome = { batchId: string; sent: EmailInviteSent[]; refused: EmailInviteRefused[]; problems: RecipientProblem[] };

/**
 * One single-use invite per address, bound to it, each with its mail queued in the same transaction. Each address
 * stands alone: one that is refused (a role above the sender's ceiling, an existing account, the day's mail limit)
 * does not stop the others, and is reported with its reason.
 */
export async function createEmailInvites(args: EmailInvitesArgs, actor: Actor, problems: RecipientProblem[] = []): Promise<Result<EmailInvitesOutcome>> {
  if (!can(actor, "invites.create")) return fail("forbidden", "You may not create invites.");
  if (args.recipients.length === 0) {
    return fail("validation", "No usable address was given.", { fields: { addresses: problems[0]?.message ?? "Enter at least one e-mail address." } });
  }
  if (args.recipients.length > RECIPIENT_LIMIT) {
    return fail("validation", `Send at most ${RECIPIENT_LIMIT} invitations at once.`, { fields: { addresses: `This list has ${args.recipients.length} addresses; the most is ${RECIPIENT_LIMIT}.` } });
  }
  const problem = expiryProblem(args.expiresAt, now());
  if (problem) return problem;

  const inviter = await db.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: args.recipients.map((r) => r.email) } }, select: { email: true } })).map((user) => user.email),
  );
  const batchId = randomUUID();
  const outcome: EmailInvitesOutcome = { batchId, sent: [], refused: [], problems };
  for (const recipient of args.recipients) {
    const role = recipient.role ?? args.role;
    if (!mayGrant(actor, role)) {
      outcome.refused.push({ email: recipient.email, error: { code: "forbidden", message: `You may not invite someone as ${roleLabel(role)}.` } });
      continue;
    }
    if (existing.has(recipient.email)) {
      outcome.refused.push({ email: recipient.email, error: { code: "email_taken", message: "This address already has an account." } });
      continue;
    }
    try {
      const issued = await db.$transaction((tx) =>
        issueBoundInvite(tx, {
          email: recipient.email,
          role,
          expiresAt: args.expiresAt,
          needsApproval: args.needsApproval,
          note: args.note,
          batchId,
          createdById: actor.id,
          inviterName: inviter?.name ?? null,
          message: args.message,
          reminder: false,
          ip: actor.ip ?? null,
        }),
      );
      outcome.sent.push({ email: recipient.email, role, ...issued });
    } catch (error) {
      if (!(error instanceof IssueRefused)) throw error;
      outcome.refused.push({ email: recipient.email, error: error.error });
    }
  }
  dispatchWebhookEventsSoon();
  return ok(outcome);
}

/** The API's and the form's shapes, normalised: recipients as given, each with its own role or the default. */
export function sendEmailInvites(
  input: { emails: (string | { email: string; name?: string; role?: Role })[]; role: Role; expiresAt: Date; message: string | null; note: string | null; needsApproval: boolean },
  actor: Actor,
): Promise<Result<EmailInvitesOutcome>> {
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const entry of input.emails) {
    const recipient = typeof entry === "string" ? { email: entry, name: null, role: null } : { email: entry.email, name: entry.name ?? null, role: entry.role ?? null };
    if (!seen.has(recipient.email)) recipients.push(recipient);
    seen.add(recipient.email);
  }
  return createEmailInvites({ recipients, role: input.role, expiresAt: input.expiresAt, message: input.message, note: input.note, needsApproval: input.needsApproval }, actor);
}
