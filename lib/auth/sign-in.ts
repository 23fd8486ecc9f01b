import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { clientNetwork } from "@/lib/rate-limit/client-network";
import { clearLockout, reserveLockoutAttempt, type LockoutRule } from "@/lib/rate-limit/lockout";
import { hitRateLimit, refundRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { fail, ok, type Result } from "@/lib/result";
import { emailSchema } from "@/lib/validation/fields";
import { hashPassword, verifyPassword } from "./password";

/** Per account: five failures in a row, then a wait of 1 minute that doubles with each further failure, up to an hour. */
export const SIGN_IN_ACCOUNT_RULE: LockoutRule = { free: 5, baseMs: 60_000, maxMs: 3_600_000, forgetAfterMs: 24 * 3_600_000 };
/** Per client network (an IPv4 address or an IPv6 /64): failed sign-ins to any accounts. */
export const SIGN_IN_NETWORK_RULE: RateLimitRule = { limit: 30, windowMs: 15 * 60_000 };

export type SignedInUser = { id: string; email: string; name: string; role: Role };

const WRONG = "E-mail or password is wrong.";

// Verifying against a real hash when the e-mail is unknown keeps the response time from revealing which
// addresses have accounts.
let decoyHash: Promise<string> | undefined;

function tooMany(retryAfter: number) {
  const minutes = Math.ceil(retryAfter / 60);
  return fail("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfter });
}

/**
 * Checks e-mail and password. Each attempt is counted before the password is verified — against the account
 * (a growing lock that ends by itself) and against the client's network — so parallel attempts cannot get more
 * guesses than the limits allow; a success gives the counts back. A disabled account answers exactly as a wrong
 * password does. Every attempt, success or failure, is an audit event (the password never is).
 */
export async function signInWithPassword(args: { email: string; password: string; ip: string | null; userAgent?: string | null }): Promise<Result<SignedInUser>> {
  const email = emailSchema.safeParse(args.email);
  if (!email.success || !args.password) return fail("validation", WRONG);
  const audit = (reason: string, actorId?: string) =>
    recordAuditEvent({ actorId, action: "auth.sign_in_failed", ip: args.ip, detail: { email: email.data, reason } });

  const networkKey = `sign-in:net:${clientNetwork(args.ip)}`;
  const network = await hitRateLimit(networkKey, SIGN_IN_NETWORK_RULE);
  if (!network.allowed) {
    await refundRateLimit(networkKey, network.windowStart);
    await audit("rate_limited");
    return tooMany(network.retryAfter);
  }
  const accountKey = `sign-in:account:${email.data}`;
  const account = await reserveLockoutAttempt(accountKey, SIGN_IN_ACCOUNT_RULE);
  if (!account.allowed) {
    await refundRateLimit(networkKey, network.windowStart);
    await audit("rate_limited");
    return tooMany(account.retryAfter);
  }

  const user = await db.user.findUnique({ where: { email: email.data } });
  decoyHash ??= hashPassword("decoy password for unknown e-mail addresses");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), args.password.slice(0, 256));
  if (!user || !valid || user.disabled) {
    await audit(!user ? "unknown_email" : !valid ? "wrong_password" : "disabled", user?.id);
    return fail("wrong_credentials", WRONG);
  }

  await Promise.all([clearLockout(accountKey), refundRateLimit(networkKey, network.windowStart)]);
  if (user.pendingApproval) {
    await audit("pending_approval", user.id);
    return fail("pending_approval", "Your account is waiting for an administrator's approval. You can sign in once it is approved.");
  }
  await recordAuditEvent({ actorId: user.id, action: "auth.sign_in", ip: args.ip, detail: { email: user.email, ...(args.userAgent ? { userAgent: args.userAgent } : {}) } });
  return ok({ id: user.id, email: user.email, name: user.name, role: user.role });
}
