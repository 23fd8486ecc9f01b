import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { hashSecret, matchesHash } from "@/lib/secrets/hashed-secret";
import { endUserSessions } from "@/lib/sessions/end-sessions";
import { RESET_TOKEN_PATTERN } from "./reset-token";

export type ResetLinkStatus = "valid" | "invalid" | "expired" | "used";

const MESSAGES: Record<Exclude<ResetLinkStatus, "valid">, string> = {
  invalid: "This reset link is not valid. Ask an administrator for a new one.",
  expired: "This reset link has expired (links last one hour). Ask an administrator for a new one.",
  used: "This reset link has already been used. Ask an administrator for a new one if you need to.",
};

async function findReset(token: string) {
  if (!RESET_TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashSecret(token);
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: new Uint8Array(tokenHash) } });
  return reset && matchesHash(reset.tokenHash, tokenHash) ? reset : null;
}

function statusOf(reset: { usedAt: Date | null; expiresAt: Date } | null, at: Date): ResetLinkStatus {
  if (!reset) return "invalid";
  if (reset.usedAt) return "used";
  return reset.expiresAt <= at ? "expired" : "valid";
}

/** Whether a reset link can still be used, for the page that shows the form. */
export async function resetLinkStatus(token: string): Promise<{ status: ResetLinkStatus; message?: string }> {
  const status = statusOf(await findReset(token), now());
  return status === "valid" ? { status } : { status, message: MESSAGES[status] };
}

/**
 * Sets a new password from a reset link, once. The link is claimed by a conditional UPDATE in the same
 * transaction that changes the password and ends every session of the user, so two submissions cannot both win
 * and every existing session stops working on its next request.
 */
export async function resetPassword(args: { token: string; password: string; ip?: string | null }): Promise<Result<{ email: string }>> {
  const reset = await findReset(args.token);
  const status = statusOf(reset, now());
  if (!reset || status !== "valid") return fail(status, MESSAGES[status as Exclude<ResetLinkStatus, "valid">]);
  const passwordHash = await hashPassword(args.password);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now() } },
      data: { usedAt: now() },
    });
    if (claimed.count !== 1) return fail("used", MESSAGES.used);
    const user = await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash },
      select: { id: true, email: true },
    });
    await endUserSessions({ userId: user.id, reason: "password_reset" }, tx);
    // Any other link issued for this user dies with this one: the password it was meant to replace is gone.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now() } });
    await recordAuditEvent({ actorId: user.id, action: "user.password_reset", target: user.id, ip: args.ip, detail: { resetId: reset.id } }, tx);
    return ok({ email: user.email });
  });
}
