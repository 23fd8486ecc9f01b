import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { recordInvalidGuess, releaseGuess, reserveGuess } from "@/lib/rate-limit/code-guess-limit";
import { fieldErrors } from "@/lib/validation/field-errors";
import { redeemSchema } from "@/lib/validation/redeem";
import { checkCode, normalizeCode } from "./codes";
import { findInviteByCode } from "./find-invite-by-code";
import { inviteState } from "./invite-state";
import { redeemError, type RedeemError, type RedeemErrorCode } from "./redeem-errors";
import { REDEEM_STATEMENT, redeemStatementParams } from "./redeem-statement";

/** Raw input from any entry point (form, action, JSON API): it is parsed here with the shared schema. */
export type RedeemRequest = {
  code?: unknown;
  email?: unknown;
  name?: unknown;
  password?: unknown;
  ip?: string | null;
  userAgent?: string | null;
};

export type RedeemedUser = { id: string; email: string; name: string; role: Role };

export type RedeemResult = { ok: true; user: RedeemedUser; inviteId: string } | { ok: false; error: RedeemError };

/** The only unique constraint the redemption statement can break is the users' e-mail. */
function isEmailTaken(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)?.driverAdapterError?.cause;
  return error.code === "P2002" || cause?.originalCode === "23505";
}

/**
 * Turns an invite code into an account, exactly once per allowed use: REDEEM_STATEMENT takes the use and
 * creates the user, the used_by row and the audit event in one transaction, so `max_uses` can never be
 * exceeded and a failure anywhere (a taken e-mail included) leaves nothing behind. Typos and malformed
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
    return { ok: false, error: redeemError("validation", { fields: fieldErrors(parsed.error) }) };
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
    const [user] = await db.$queryRawUnsafe<RedeemedUser[]>(
      REDEEM_STATEMENT,
      ...redeemStatementParams({ inviteId: invite.id, now: now(), email, name, passwordHash, ...context }),
    );
    if (user) return { ok: true, user, inviteId: invite.id };
    // No use was left to take: say why, from the invite as it is now.
    const current = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    const reason = inviteState(current, now());
    return fail(reason === "active" ? "exhausted" : reason, invite.id);
  } catch (error) {
    if (isEmailTaken(error)) return fail("email_taken", invite.id);
    throw error;
  }
}
