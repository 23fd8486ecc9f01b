import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { generateResetToken, RESET_VALID_MS } from "./reset-token";

export type IssuedReset = { token: string; expiresAt: Date; email: string };

/**
 * An ADMIN issues a one-hour, single-use reset link for a user and hands it over themselves (there is no mail).
 * The token is returned here, once; only its hash is stored.
 */
export async function issuePasswordReset(userId: string, actor: Actor): Promise<Result<IssuedReset>> {
  if (!can(actor, "password-resets.issue")) return fail("forbidden", "Only administrators issue password-reset links.");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return fail("not_found", "This user does not exist.");
  const token = generateResetToken();
  const expiresAt = new Date(now().getTime() + RESET_VALID_MS);
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.create({
      data: { tokenHash: new Uint8Array(hashSecret(token)), userId: user.id, expiresAt },
      select: { id: true },
    });
    await recordAuditEvent(
      { actorId: actor.id, action: "user.password_reset_issue", target: user.id, ip: actor.ip, detail: { resetId: reset.id, expiresAt: expiresAt.toISOString() } },
      tx,
    );
  });
  return ok({ token, expiresAt, email: user.email });
}
