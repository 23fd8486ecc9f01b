import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SIGN_IN_ACCOUNT_RULE } from "@/lib/auth/sign-in";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { clearLockout, reserveLockoutAttempt } from "@/lib/rate-limit/lockout";
import { fail, ok, type Result } from "@/lib/result";
import { endUserSessions } from "@/lib/sessions/end-sessions";

/**
 * A signed-in person changes their own password, proving the current one first. The current-password check
 * shares the sign-in lockout of the account, so a stolen session cannot be used to guess it. Every other session
 * of the person ends in the same transaction; the one they are using stays.
 */
export async function changePassword(args: { actor: Actor & { sessionId: string }; currentPassword: string; newPassword: string }): Promise<Result<{ endedSessions: number }>> {
  const user = await db.user.findUnique({ where: { id: args.actor.id }, select: { id: true, email: true, passwordHash: true } });
  if (!user) return fail("not_found", "Your account no longer exists.");
  if (!user.passwordHash) {
    return fail("conflict", "Your account signs in through a provider and has no password to change. Ask an administrator for a password-reset link to set one.");
  }
  const lockKey = `sign-in:account:${user.email}`;
  const attempt = await reserveLockoutAttempt(lockKey, SIGN_IN_ACCOUNT_RULE);
  if (!attempt.allowed) {
    const minutes = Math.ceil(attempt.retryAfter / 60);
    return fail("rate_limited", `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfter: attempt.retryAfter });
  }
  if (!(await verifyPassword(user.passwordHash, args.currentPassword.slice(0, 256)))) {
    return fail("validation", "Your password was not changed.", { fields: { currentPassword: "That is not your current password." } });
  }
  await clearLockout(lockKey);
  if (args.newPassword === args.currentPassword) {
    return fail("validation", "Your password was not changed.", { fields: { newPassword: "Choose a password different from your current one." } });
  }
  const passwordHash = await hashPassword(args.newPassword);
  return db.$transaction(async (tx: Tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const endedSessions = await endUserSessions({ userId: user.id, reason: "password_changed", exceptSessionId: args.actor.sessionId }, tx);
    await recordAuditEvent({ actorId: user.id, action: "auth.password_change", target: user.id, ip: args.actor.ip, detail: { endedSessions } }, tx);
    return ok({ endedSessions });
  });
}
