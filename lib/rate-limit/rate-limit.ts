import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitState = { allowed: boolean; count: number; retryAfter: number; windowStart: Date };

function windowStart(at: Date, windowMs: number): Date {
  return new Date(Math.floor(at.getTime() / windowMs) * windowMs);
}

/** The fixed window `at` falls in, and the whole seconds until it ends (at least 1, for Retry-After). */
export function rateLimitWindow(rule: RateLimitRule, at: Date): { start: Date; retryAfter: number } {
  const start = windowStart(at, rule.windowMs);
  return { start, retryAfter: Math.max(1, Math.ceil((start.getTime() + rule.windowMs - at.getTime()) / 1000)) };
}

function state(count: number, rule: RateLimitRule, at: Date): RateLimitState {
  const { start, retryAfter } = rateLimitWindow(rule, at);
  return { allowed: count <= rule.limit, count, retryAfter, windowStart: start };
}

/**
 * Fixed-window counters in PostgreSQL, so every app instance shares them. `hit` counts one event atomically
 * (an upsert; concurrent hits never lose a count); `peek` reads without counting.
 */
export async function hitRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitState> {
  const at = now();
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${windowStart(at, rule.windowMs)}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
    RETURNING count`;
  return state(row?.count ?? 1, rule, at);
}

/** The state as it is, allowed when fewer than `limit` events were counted in this window. */
export async function peekRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitState> {
  const at = now();
  const row = await db.rateLimit.findUnique({
    where: { key_windowStart: { key, windowStart: windowStart(at, rule.windowMs) } },
    select: { count: true },
  });
  const count = row?.count ?? 0;
  return { ...state(count, rule, at), allowed: count < rule.limit };
}

/** Gives back one counted event of the window `hitRateLimit` returned, when it turned out not to count. */
export async function refundRateLimit(key: string, window: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE rate_limits SET count = count - 1 WHERE key = ${key} AND window_start = ${window} AND count > 0`;
}

export async function clearRateLimit(key: string, rule: RateLimitRule): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key, windowStart: windowStart(now(), rule.windowMs) } });
}

/** Old windows are useless; removing them keeps the table small. Called opportunistically. */
export async function pruneRateLimits(olderThanMs = 24 * 3_600_000): Promise<void> {
  await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(now().getTime() - olderThanMs) } } });
}
