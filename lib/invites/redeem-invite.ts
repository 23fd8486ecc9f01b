import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { recordInvalidGuess, releaseGuess, reserveGuess } from "@/lib/rate-limit/code-guess-limit";
import { redeemSchema } from "@/lib/validation/redeem";
import { checkCode, normalizeCode } from "./codes";
import { findInviteByCode } from "./find-invite-by-code";
import { inviteState } from "./invite-state";
import { redeemError, type RedeemError, type RedeemErrorCode } from "./redeem-errors";

/** Raw input from any entry point (form, action, JSON API): it is parsed here with the shared schema. */
export type RedeemRequest = {
  code?: unknown;
  email?: unknown;
  name?: unknown;
  password?: unknown;
  ip?: string | null;
  userAgent?: string | null;
};

export type RedeemedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

export type RedeemResult = { ok: true; user: RedeemedUser; inviteId: string } | { ok: false; error: RedeemError };

/** Thrown inside the transaction to roll it back with a typed reason. */
class RedeemAbort extends Error {
  constructor(readonly reason: RedeemErrorCode) {
    super(reason);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Turns an invite code into an account, exactly once per allowed use. The use is taken by a conditional
 * UPDATE inside the same transaction that creates the user, the redemption and the audit event, so a failure
 * anywhere rolls all of it back and concurrent redemptions can never exceed `max_uses`. Typos and malformed
 * input are answered before the database is touched; everything else first passes the per-IP guess limit,
 * which every entry point (invite page, form, API) shares because they all come through here.
 */
export async function redeemInvite(request: RedeemRequest): Promise<RedeemResult> {
  if (typeof request.code === "string") {
    const checked = checkCode(request.code);
    if (!checked.ok) return { ok: false, error: redeemError("typo", { message: checked.message, fields: { code: checked.message } }) };
  }

  const parsed = redeemSchema.safeParse(request);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return { ok: false, error: redeemError("validation", { fields }) };
  }
  const { email, name, password } = parsed.data;
  const code = normalizeCode(parsed.data.code);
  const context = { ip: request.ip ?? null, userAgent: request.userAgent ?? null };

  const fail = async (reason: RedeemErrorCode, inviteId?: string, retryAfter?: number): Promise<RedeemResult> => {
    await recordAuditEvent({
      action: "invite.redeem_failed",
      target: inviteId ?? null,
      ip: context.ip,
      detail: { reason, userAgent: context.userAgent },
    });
    return { ok: false, error: redeemError(reason, retryAfter === undefined ? {} : { retryAfter }) };
  };

  const guess = await reserveGuess(context.ip);
  if (!guess.allowed) return fail("rate_limited", undefined, guess.retryAfter);

  // Cheap read-only checks first, so that a dead code or a taken e-mail never pays for password hashing.
  // They decide nothing on their own: the transaction below re-checks under the row's lock.
  const invite = await findInviteByCode(code);
  if (!invite) {
    await recordInvalidGuess(context.ip);
    return fail("invalid");
  }
  await releaseGuess(guess.ticket);
  const state = inviteState(invite, now());
  if (state !== "active") return fail(state, invite.id);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return fail("email_taken", invite.id);

  const passwordHash = await hashPassword(password);

  try {
    const user = await db.$transaction(async (tx) => {
      const taken = await tx.$executeRaw`
        UPDATE invites SET uses = uses + 1
        WHERE id = ${invite.id}::uuid AND uses < max_uses AND revoked_at IS NULL AND expires_at > ${now()}`;
      if (taken !== 1) {
        const current = await tx.invite.findUniqueOrThrow({ where: { id: invite.id } });
        const reason = inviteState(current, now());
        throw new RedeemAbort(reason === "active" ? "exhausted" : reason);
      }
      const created = await tx.user.create({
        data: { email, name, passwordHash, role: invite.role },
        select: { id: true, email: true, name: true, role: true, sessionVersion: true },
      });
      await tx.redemption.create({
        data: { inviteId: invite.id, userId: created.id, ip: context.ip, userAgent: context.userAgent },
      });
      await recordAuditEvent(
        {
          actorId: created.id,
          action: "invite.redeem",
          target: invite.id,
          ip: context.ip,
          detail: { role: invite.role, prefix: invite.prefix, userAgent: context.userAgent },
        },
        tx,
      );
      return created;
    });
    return { ok: true, user, inviteId: invite.id };
  } catch (error) {
    if (error instanceof RedeemAbort) return fail(error.reason, invite.id);
    if (isUniqueViolation(error)) return fail("email_taken", invite.id);
    throw error;
  }
}
