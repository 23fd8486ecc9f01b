import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { ROLE_RAISES } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { ok, type Result } from "@/lib/result";
import { getSettings } from "@/lib/settings/get-settings";
import { fieldErrors } from "@/lib/validation/field-errors";
import { emailSchema, nameSchema } from "@/lib/validation/fields";
import { redeemServerSchema } from "@/lib/validation/server-schemas";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import { checkCode, normalizeCode } from "./codes";
import { emailRestriction } from "./email-restrictions";
import { inviteState } from "./invite-state";
import { lookUpCode, type FoundInvite } from "./look-up-code";
import { pausedError, redeemError, type RedeemError, type RedeemErrorCode } from "./redeem-errors";
import { REDEEM_INTO_ACCOUNT_STATEMENT, REDEEM_STATEMENT, redeemIntoAccountParams, redeemStatementParams } from "./redeem-statement";

/** Raw input from any entry point (form, action, JSON API): it is parsed here with the shared schema. */
export type RedeemRequest = {
  code?: unknown;
  email?: unknown;
  name?: unknown;
  password?: unknown;
  ip?: string | null;
  userAgent?: string | null;
};

/** `pendingApproval`: the invite needed approval, so the account cannot sign in until an ADMIN approves it. */
type RedeemedUser = { id: string; email: string; name: string; role: Role; pendingApproval: boolean };
/**
 * Whether the statement wrote an outbox event. Only then is a dispatch started: an empty one is a transaction of
 * its own, which after every redemption cost the hot path a pooled connection and three round trips for nothing.
 */
type Announced = { announced: boolean };

/** What a redemption made: the account, and the invite whose use it took. */
type Redemption = { user: RedeemedUser; inviteId: string };

type RedeemResult = Result<Redemption, RedeemError>;

type Context = { ip: string | null; userAgent: string | null };

/** The unique constraints the redemption statements can break: the users' e-mail, a provider identity, (invite, user). */
function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const meta = error.meta as { target?: unknown; driverAdapterError?: { cause?: { originalCode?: string; constraint?: { index?: string } } } } | undefined;
  const cause = meta?.driverAdapterError?.cause;
  if (error.code !== "P2002" && cause?.originalCode !== "23505") return null;
  return String(cause?.constraint?.index ?? meta?.target ?? "");
}

async function fail(context: Context, reason: RedeemErrorCode, inviteId?: string, extra: Partial<RedeemError> = {}): Promise<{ ok: false; error: RedeemError }> {
  await recordAuditEvent({
    action: "invite.redeem_failed",
    target: inviteId ?? null,
    ip: context.ip,
    detail: { reason, userAgent: context.userAgent },
  });
  return { ok: false, error: redeemError(reason, extra) };
}

/**
 * What every redemption does before the statement, in one round trip: pass the per-IP guess limit (which every
 * entry point shares because they all come through here), refuse while paused, and find a live invite. These
 * checks decide nothing on their own — the statement re-checks everything under the row's lock — but they keep
 * a dead code from costing password hashing and give each failure its own message.
 */
async function openInvite(code: string, email: string | null, context: Context): Promise<{ ok: true; invite: FoundInvite } | { ok: false; error: RedeemError }> {
  const lookup = await lookUpCode(code, context.ip);
  if (lookup.pause) return fail(context, "paused", undefined, pausedError(lookup.pause.message));
  if (lookup.status === "rate_limited") return fail(context, "rate_limited", undefined, { retryAfter: lookup.retryAfter });
  if (lookup.status === "invalid") return fail(context, "invalid");
  const { invite } = lookup;
  const state = inviteState(invite, now());
  if (state !== "active") return fail(context, state, invite.id);
  const restriction = email === null ? null : emailRestriction(invite, email);
  if (restriction) return fail(context, restriction, invite.id);
  return { ok: true, invite };
}

/** Why the statement took no use: paused meanwhile, or the invite as it is now. */
async function whyNoUse(inviteId: string, context: Context): Promise<{ ok: false; error: RedeemError }> {
  const [settings, current] = await Promise.all([getSettings(), db.invite.findUniqueOrThrow({ where: { id: inviteId } })]);
  if (settings.redemptionsPaused) return fail(context, "paused", inviteId, pausedError(settings.pauseMessage));
  const reason = inviteState(current, now());
  return fail(context, reason === "active" ? "exhausted" : reason, inviteId);
}

/** Creates the account with REDEEM_STATEMENT; `passwordHash` is only computed once the invite is known to be live. */
async function createAccount(
  code: string,
  account: { email: string; name: string; passwordHash: () => Promise<string | null>; identity?: { provider: string; subject: string } },
  context: Context,
): Promise<RedeemResult> {
  const opened = await openInvite(code, account.email, context);
  if (!opened.ok) return opened;
  const { invite } = opened;
  if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) return fail(context, "email_taken", invite.id);
  const passwordHash = await account.passwordHash();
  try {
    const [row] = await db.$queryRawUnsafe<(RedeemedUser & Announced)[]>(
      REDEEM_STATEMENT,
      ...redeemStatementParams({ inviteId: invite.id, now: now(), email: account.email, name: account.name, passwordHash, identity: account.identity, ...context }),
    );
    if (row) {
      const { announced, ...user } = row;
      if (announced) dispatchWebhookEventsSoon();
      return ok({ user, inviteId: invite.id });
    }
    return whyNoUse(invite.id, context);
  } catch (error) {
    const violated = uniqueViolation(error);
    if (violated !== null) return fail(context, "email_taken", invite.id);
    throw error;
  }
}

function typo(code: unknown): RedeemResult | null {
  if (typeof code !== "string") return null;
  const checked = checkCode(code);
  return checked.ok ? null : { ok: false, error: redeemError("typo", { message: checked.message, fields: { code: checked.message } }) };
}

/**
 * Turns an invite code into a new password account, exactly once per allowed use: REDEEM_STATEMENT takes the
 * use and creates the user, the used_by row and the audit event in one transaction, so `max_uses` can never be
 * exceeded and a failure anywhere (a taken e-mail included) leaves nothing behind. Typos and malformed input are
 * answered before the database is touched.
 */
export async function redeemInvite(request: RedeemRequest): Promise<RedeemResult> {
  const mistyped = typo(request.code);
  if (mistyped) return mistyped;
  const parsed = await redeemServerSchema.safeParseAsync(request);
  if (!parsed.success) {
    return { ok: false, error: redeemError("validation", { fields: fieldErrors(parsed.error) }) };
  }
  const { email, name, password } = parsed.data;
  const context = { ip: request.ip ?? null, userAgent: request.userAgent ?? null };
  return createAccount(normalizeCode(parsed.data.code), { email, name, passwordHash: () => hashPassword(password) }, context);
}

/**
 * Single sign-on sign-up: a new account from the provider's verified e-mail and name, with no password and the
 * provider identity linked — through the same statement, so exactly-once and every invite rule hold.
 */
export async function redeemInviteWithIdentity(request: {
  code: string;
  email: string;
  name: string;
  identity: { provider: string; subject: string };
  ip: string | null;
  userAgent: string | null;
}): Promise<RedeemResult> {
  const mistyped = typo(request.code);
  if (mistyped) return mistyped;
  const email = emailSchema.safeParse(request.email);
  if (!email.success) return { ok: false, error: redeemError("validation", { message: "Your provider did not give a usable e-mail address." }) };
  const name = nameSchema.safeParse(request.name);
  const context = { ip: request.ip, userAgent: request.userAgent };
  return createAccount(
    normalizeCode(request.code),
    { email: email.data, name: name.success ? name.data : email.data.split("@")[0]!, passwordHash: async () => null, identity: request.identity },
    context,
  );
}

export type RedeemIntoAccountResult = Result<Redemption & { previousRole: Role }, RedeemError>;

/**
 * Redeems an invite into the signed-in person's own account: a redemption like any other (one use, a used_by
 * row, an audit event, in one statement), which raises the account's role to the invite's when the policy ranks
 * it higher and never lowers it. An account uses each invite at most once.
 */
export async function redeemIntoAccount(request: { code: string; userId: string; ip: string | null; userAgent: string | null }): Promise<RedeemIntoAccountResult> {
  const mistyped = typo(request.code);
  if (mistyped) return mistyped as { ok: false; error: RedeemError };
  const context = { ip: request.ip, userAgent: request.userAgent };
  const account = await db.user.findUnique({ where: { id: request.userId }, select: { email: true } });
  if (!account) return fail(context, "invalid");
  const opened = await openInvite(normalizeCode(request.code), account.email, context);
  if (!opened.ok) return opened;
  const { invite } = opened;
  const usedBefore = () => db.redemption.findUnique({ where: { inviteId_userId: { inviteId: invite.id, userId: request.userId } }, select: { id: true } });
  if (await usedBefore()) return fail(context, "already_redeemed", invite.id);
  try {
    const [row] = await db.$queryRawUnsafe<(RedeemedUser & Announced & { previousRole: Role })[]>(
      REDEEM_INTO_ACCOUNT_STATEMENT,
      ...redeemIntoAccountParams({ inviteId: invite.id, now: now(), userId: request.userId, raises: ROLE_RAISES, ...context }),
    );
    if (row) {
      const { previousRole, announced, ...user } = row;
      if (announced) dispatchWebhookEventsSoon();
      return ok({ user, previousRole, inviteId: invite.id });
    }
    if (await usedBefore()) return fail(context, "already_redeemed", invite.id);
    return whyNoUse(invite.id, context);
  } catch (error) {
    if (uniqueViolation(error) !== null) return fail(context, "already_redeemed", invite.id);
    throw error;
  }
}
