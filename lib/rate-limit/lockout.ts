import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";

/** Failures allowed in a row before the first lock, the first lock's length, and the longest lock. */
export type LockoutRule = { free: number; baseMs: number; maxMs: number; forgetAfterMs: number };

export type LockoutReservation = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Counts an attempt against `key` before it is checked, atomically (one upsert), so parallel attempts cannot
 * all slip through. The `free`-th failure in a row locks the key for `baseMs`, and every later attempt doubles
 * the lock up to `maxMs`; the lock is set by the same statement that counts the attempt, so nothing else gets in
 * while that attempt is checked. Locks end by themselves; failures older than `forgetAfterMs` are forgotten.
 * A success calls clearLockout.
 */
export async function reserveLockoutAttempt(key: string, rule: LockoutRule): Promise<LockoutReservation> {
  const at = now();
  const forgetBefore = new Date(at.getTime() - rule.forgetAfterMs);
  // In ON CONFLICT … DO UPDATE every expression sees the row as it was, so the new failure count is written
  // out twice: once to store it, once to decide the lock.
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO lockouts AS l (key, failures, locked_until, updated_at)
    VALUES (${key}, 1,
            CASE WHEN 1 >= ${rule.free}::int THEN ${at}::timestamptz + ${rule.baseMs}::int * interval '1 millisecond' ELSE ${at}::timestamptz END,
            ${at}::timestamptz)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN l.updated_at < ${forgetBefore}::timestamptz THEN 1 ELSE l.failures + 1 END,
      locked_until = CASE
        WHEN (CASE WHEN l.updated_at < ${forgetBefore}::timestamptz THEN 1 ELSE l.failures + 1 END) >= ${rule.free}::int
        THEN ${at}::timestamptz + least(${rule.maxMs}::float8,
               ${rule.baseMs}::float8 * power(2, (CASE WHEN l.updated_at < ${forgetBefore}::timestamptz THEN 1 ELSE l.failures + 1 END) - ${rule.free}::int)
             ) * interval '1 millisecond'
        ELSE l.locked_until END,
      updated_at = ${at}::timestamptz
    WHERE l.locked_until <= ${at}::timestamptz
    RETURNING failures`;
  if (rows.length > 0) return { allowed: true };
  const lock = await db.lockout.findUnique({ where: { key }, select: { lockedUntil: true } });
  return { allowed: false, retryAfter: Math.max(1, Math.ceil(((lock?.lockedUntil.getTime() ?? at.getTime()) - at.getTime()) / 1000)) };
}

/** The attempt succeeded: the failures in a row start again from zero. */
export async function clearLockout(key: string): Promise<void> {
  await db.lockout.deleteMany({ where: { key } });
}
