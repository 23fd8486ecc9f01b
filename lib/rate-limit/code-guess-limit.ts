import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clientNetwork } from "./client-network";
import { clearRateLimit, hitRateLimit, peekRateLimit, pruneRateLimits, type RateLimitRule } from "./rate-limit";

/** Invalid invite codes one client IP may try; typos caught by the check symbol never reach this count. */
export const GUESSES_PER_IP: RateLimitRule = { limit: 20, windowMs: 15 * 60_000 };
/** Invalid codes per minute across all clients above which every invalid attempt is slowed down. */
export const GUESS_FLOOD: RateLimitRule = { limit: 1_000, windowMs: 60_000 };
const FLOOD_DELAY_MS = 1_000;

const FLOOD_KEY = "code-guess:all";

/** Counted per client network: an IPv4 address, or an IPv6 /64 (see clientNetwork). */
export function guessKey(ip: string | null): string {
  return `code-guess:net:${clientNetwork(ip)}`;
}

/**
 * A code did not exist (lookUpCode has counted it against the client). The global counter notices a
 * distributed flood (many IPs, each under its own limit), writes one audit alert per window when it starts,
 * and from then on slows every invalid attempt so that guessing gets expensive for everyone guessing.
 */
export async function recordInvalidGuess(ip: string | null): Promise<{ delayedMs: number }> {
  const flood = await hitRateLimit(FLOOD_KEY, GUESS_FLOOD);
  // A new window starts about once a minute across all instances: a cheap moment to drop old counters.
  if (flood.count === 1) await pruneRateLimits();
  if (flood.allowed) return { delayedMs: 0 };
  if (flood.count === GUESS_FLOOD.limit + 1) {
    await recordAuditEvent({
      action: "security.guess_flood",
      ip,
      detail: { windowStart: flood.windowStart.toISOString(), threshold: GUESS_FLOOD.limit, delayMs: FLOOD_DELAY_MS },
    });
  }
  await sleep(FLOOD_DELAY_MS);
  return { delayedMs: FLOOD_DELAY_MS };
}

/** How many invalid codes a client has sent in the current window. */
export async function countGuesses(ip: string | null): Promise<number> {
  return (await peekRateLimit(guessKey(ip), GUESSES_PER_IP)).count;
}

/** Forgets a client's invalid codes in the current window (an administrator unblocking a person, tests). */
export async function clearGuesses(ip: string | null): Promise<void> {
  await clearRateLimit(guessKey(ip), GUESSES_PER_IP);
}
