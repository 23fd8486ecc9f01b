import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { clearRateLimit, hitRateLimit, peekRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { fail, ok, type Result } from "@/lib/result";
import { emailSchema } from "@/lib/validation/fields";
import { hashPassword, verifyPassword } from "./password";

export const SIGN_IN_RULE: RateLimitRule = { limit: 5, windowMs: 15 * 60_000 };

export type SignedInUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

const WRONG = "E-mail or password is wrong.";

// Verifying against a real hash when the e-mail is unknown keeps the response time from revealing which
// addresses have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password. At most 5 failures per e-mail and IP in 15 minutes; then a clear "try again in
 * N minutes". Every attempt, success or failure, is an audit event (the password never is).
 */
export async function signInWithPassword(args: { email: string; password: string; ip: string | null }): Promise<Result<SignedInUser>> {
  const email = emailSchema.safeParse(args.email);
  if (!email.success || !args.password) return fail("validation", WRONG);
  const key = `sign-in:${email.data}:${args.ip ?? "unknown"}`;

  const limit = await peekRateLimit(key, SIGN_IN_RULE);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfter / 60);
    await recordAuditEvent({ action: "auth.sign_in_failed", ip: args.ip, detail: { email: email.data, reason: "rate_limited" } });
    return fail("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
      retryAfter: limit.retryAfter,
    });
  }

  const user = await db.user.findUnique({ where: { email: email.data } });
  decoyHash ??= hashPassword("decoy password for unknown e-mail addresses");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), args.password.slice(0, 256));
  if (!user || !valid || user.disabled) {
    await hitRateLimit(key, SIGN_IN_RULE);
    const reason = !user ? "unknown_email" : !valid ? "wrong_password" : "disabled";
    await recordAuditEvent({ actorId: user?.id, action: "auth.sign_in_failed", ip: args.ip, detail: { email: email.data, reason } });
    return fail(reason === "disabled" ? "disabled" : "wrong_credentials", reason === "disabled" ? "This account is disabled." : WRONG);
  }

  await clearRateLimit(key, SIGN_IN_RULE);
  await recordAuditEvent({ actorId: user.id, action: "auth.sign_in", ip: args.ip, detail: { email: user.email } });
  return ok({ id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion });
}
