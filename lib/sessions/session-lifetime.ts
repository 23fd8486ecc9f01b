import "server-only";
import { env } from "@/lib/env";

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** How long a session may last at most, and how long it may sit unused, from SESSION_MAX_HOURS and SESSION_IDLE_MINUTES. */
export function sessionLifetime(): { maxMs: number; idleMs: number } {
  const { SESSION_MAX_HOURS, SESSION_IDLE_MINUTES } = env();
  return { maxMs: SESSION_MAX_HOURS * HOUR, idleMs: SESSION_IDLE_MINUTES * MINUTE };
}

/**
 * "Last seen" is written at most once a minute per session: every request reads the session, but a busy person
 * does not cost a write per click. The idle timeout is therefore exact to within this much.
 */
export const LAST_SEEN_RESOLUTION_MS = MINUTE;
