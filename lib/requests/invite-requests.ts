import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { can, mayGrant } from "@/lib/auth/policy";
import { roleLabel } from "@/lib/auth/role-labels";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { InviteRequestStatus } from "@/lib/generated/prisma/client";
import { IssueRefused, issueBoundInvite } from "@/lib/invites/issue-bound-invite";
import { queueMail } from "@/lib/mail/queue-mail";
import { renderConfirmRequestMail, renderRejectedRequestMail } from "@/lib/mail/templates/request-mails";
import { clientNetwork } from "@/lib/rate-limit/client-network";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { fail, ok, type DomainError, type Result } from "@/lib/result";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { getSettings } from "@/lib/settings/get-settings";
import { idSchema } from "@/lib/validation/fields";
import type { ApproveRequestsInput, RejectRequestsInput, RequestInviteInput } from "@/lib/validation/requests";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";

const HOUR = 3_600_000;
const CONFIRM_VALID_MS = 24 * HOUR;
const PER_NETWORK = { limit: 5, windowMs: HOUR };
const PER_ADDRESS = { limit: 3, windowMs: 24 * HOUR };

/** The same answer whatever happened, so the form tells nobody whether an address has an account or a request. */
const SUBMITTED = { message: "Check your inbox: we sent a link to confirm your address. Your request counts once it is confirmed." };

/**
 * A request for an invite, while ADMINs accept them. Limited per client network and per address; the address
 * must be confirmed by the link mailed to it (double opt-in) before anyone sees the request.
 */
export async function submitInviteRequest(input: RequestInviteInput, context: { ip: string | null }): Promise<Result<typeof SUBMITTED>> {
  const settings = await getSettings();
  if (!settings.requestsEnabled) return fail("requests_closed", "Invite requests are closed at the moment.");
  for (const [key, rule] of [[`request:net:${clientNetwork(context.ip)}`, PER_NETWORK], [`request:address:${input.email}`, PER_ADDRESS]] as const) {
    const limit = await hitRateLimit(key, rule);
    if (!limit.allowed) return fail("rate_limited", "Too many requests. Please try again later.", { retryAfter: limit.retryAfter });
  }
  const [user, open] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.inviteRequest.findFirst({ where: { email: input.email, status: { in: ["PENDING"] } }, select: { id: true } }),
  ]);
  if (user || open) return ok(SUBMITTED);

  const token = randomBytes(32).toString("base64url");
  const siteUrl = env().NEXTAUTH_URL;
  const message = renderConfirmRequestMail({ name: input.name, link: new URL(`/request-invite/confirm/${token}`, siteUrl).toString(), siteUrl });
  // When the day's mail allowance for the address is used up, nothing is stored and the answer is the same.
  await db.$transaction(async (tx) => {
    const request = await tx.inviteRequest.create({
      data: {
        email: input.email,
        name: input.name,
        reason: input.reason,
        ip: context.ip,
        confirmTokenHash: new Uint8Array(hashSecret(token)),
        confirmExpiresAt: new Date(now().getTime() + CONFIRM_VALID_MS),
      },
      select: { id: true },
    });
    const mail = await queueMail(tx, { to: input.email, kind: "request_confirm", message });
    if (!mail.ok) throw new IssueRefused(mail.error);
    await recordAuditEvent({ action: "invite_request.create", target: request.id, ip: context.ip, detail: { email: input.email } }, tx);
  }).catch((error: unknown) => {
    if (!(error instanceof IssueRefused)) throw error;
  });
  return ok(SUBMITTED);
}

/** The double opt-in: the link's token makes an unconfirmed request pending (once, within 24 hours). */
export async function confirmInviteRequest(args: { token: string }): Promise<Result<{ id: string }>> {
  const result = await db.$transaction(async (tx) => {
    const request = await tx.inviteRequest.findUnique({ where: { confirmTokenHash: new Uint8Array(hashSecret(args.token)) } });
    if (!request || request.status !== "UNCONFIRMED" || !request.confirmExpiresAt || request.confirmExpiresAt <= now()) {
      return fail("invalid", "This confirmation link is not valid any more. Ask for an invite again.");
    }
    await tx.inviteRequest.update({ where: { id: request.id }, data: { status: "PENDING", confirmedAt: now(), confirmTokenHash: null } });
    await recordAuditEvent({ action: "invite_request.confirm", target: request.id, ip: request.ip, detail: { email: request.email } }, tx);
    await recordWebhookEvent(tx, "invite.request.created", { request: { id: request.id, email: request.email, name: request.name, reason: request.reason } });
    return ok({ id: request.id });
  });
  if (result.ok) dispatchWebhookEventsSoon();
  return result;
}

export type InviteRequestView = {
  id: string;
  email: string;
  name: string;
  reason: string | null;
  status: InviteRequestStatus;
  createdAt: Date;
  confirmedAt: Date | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionMessage: string | null;
  inviteId: string | null;
};

export async function listInviteRequests(status: InviteRequestStatus, limit = 200): Promise<InviteRequestView[]> {
  const rows = await db.inviteRequest.findMany({
    where: { status },
    orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" },
    take: limit,
    include: { decidedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt,
    confirmedAt: row.confirmedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy?.name ?? null,
    decisionMessage: row.decisionMessage,
    inviteId: row.inviteId,
  }));
}

export async function countPendingRequests(): Promise<number> {
  return db.inviteRequest.count({ where: { status: "PENDING" } });
}

export type Decision = { id: string; email: string; ok: boolean; error?: DomainError };

/** Also the answer for an id that is not a UUID at all (the API passes its path segment as it came). */
const notFound = (id: string): Decision => ({ id, email: "", ok: false, error: { code: "not_found", message: "This request does not exist." } });

/** Approves pending requests: each gets an e-mail invite of the chosen role (within the approver's ceiling). */
export async function approveInviteRequests(input: ApproveRequestsInput, actor: Actor): Promise<Result<Decision[]>> {
  if (!can(actor, "requests.manage")) return fail("forbidden", "You may not decide invite requests.");
  if (!mayGrant(actor, input.role)) return fail("forbidden", `You may not invite someone as ${roleLabel(input.role)}.`, { fields: { role: "Choose a role you may grant." } });
  const approver = await db.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  const expiresAt = new Date(now().getTime() + input.days * 24 * HOUR);
  const decisions: Decision[] = [];
  for (const id of input.ids) {
    if (!idSchema.safeParse(id).success) {
      decisions.push(notFound(id));
      continue;
    }
    try {
      const decision = await db.$transaction(async (tx): Promise<Decision> => {
        const [request] = await tx.$queryRaw<{ id: string; email: string; status: InviteRequestStatus }[]>`
          SELECT id::text, email, status FROM invite_requests WHERE id = ${id}::uuid FOR UPDATE`;
        if (!request) return notFound(id);
        if (request.status !== "PENDING") return { id, email: request.email, ok: false, error: { code: "conflict", message: "This request was decided already." } };
        if (await tx.user.findUnique({ where: { email: request.email }, select: { id: true } })) {
          return { id, email: request.email, ok: false, error: { code: "email_taken", message: "This address has an account already." } };
        }
        const issued = await issueBoundInvite(tx, {
          email: request.email,
          role: input.role,
          expiresAt,
          needsApproval: false,
          note: "Approved invite request",
          batchId: null,
          createdById: actor.id,
          inviterName: approver?.name ?? null,
          message: null,
          reminder: false,
          ip: actor.ip ?? null,
        });
        await tx.inviteRequest.update({ where: { id }, data: { status: "APPROVED", decidedAt: now(), decidedById: actor.id, inviteId: issued.inviteId } });
        await recordAuditEvent({ actorId: actor.id, action: "invite_request.approve", target: id, ip: actor.ip, detail: { email: request.email, role: input.role, inviteId: issued.inviteId } }, tx);
        return { id, email: request.email, ok: true };
      });
      decisions.push(decision);
    } catch (error) {
      if (!(error instanceof IssueRefused)) throw error;
      decisions.push({ id, email: "", ok: false, error: error.error });
    }
  }
  dispatchWebhookEventsSoon();
  return ok(decisions);
}

/** Rejects pending requests, telling each person (with the optional message) by e-mail. */
export async function rejectInviteRequests(input: RejectRequestsInput, actor: Actor): Promise<Result<Decision[]>> {
  if (!can(actor, "requests.manage")) return fail("forbidden", "You may not decide invite requests.");
  const siteUrl = env().NEXTAUTH_URL;
  const decisions: Decision[] = [];
  for (const id of input.ids) {
    if (!idSchema.safeParse(id).success) {
      decisions.push(notFound(id));
      continue;
    }
    const decision = await db.$transaction(async (tx): Promise<Decision> => {
      const [request] = await tx.$queryRaw<{ id: string; email: string; name: string; status: InviteRequestStatus }[]>`
        SELECT id::text, email, name, status FROM invite_requests WHERE id = ${id}::uuid FOR UPDATE`;
      if (!request) return notFound(id);
      if (request.status !== "PENDING") return { id, email: request.email, ok: false, error: { code: "conflict", message: "This request was decided already." } };
      await tx.inviteRequest.update({ where: { id }, data: { status: "REJECTED", decidedAt: now(), decidedById: actor.id, decisionMessage: input.message } });
      // A full mailbox allowance only means the person is not told; the decision stands.
      await queueMail(tx, { to: request.email, kind: "request_rejected", message: renderRejectedRequestMail({ name: request.name, message: input.message, siteUrl }) });
      await recordAuditEvent({ actorId: actor.id, action: "invite_request.reject", target: id, ip: actor.ip, detail: { email: request.email } }, tx);
      return { id, email: request.email, ok: true };
    });
    decisions.push(decision);
  }
  return ok(decisions);
}
