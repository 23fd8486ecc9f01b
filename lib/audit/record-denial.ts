import "server-only";
import { log } from "@/lib/log";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { recordAuditEvent } from "./record-audit-event";

/** One `access.denied` event per caller and thing refused per minute: a flood of refusals cannot fill the table. */
const DENIAL_AUDIT_RULE: RateLimitRule = { limit: 1, windowMs: 60_000 };

export type Denial = {
  /** Who asked: a signed-in person or a key's creator, or nobody. */
  subject: { id: string } | null;
  ip: string | null;
  /** What was refused, e.g. "action revokeInvite", "GET /api/v1/stats", "page /admin/users". */
  what: string;
  permission?: string;
  status: 401 | 403;
  /** Why, when the refusal has a more precise reason than the permission (e.g. invalid_key). */
  reason?: string;
};

/**
 * Records a refused call: a JSON log line every time, and an `access.denied` audit event (actor, what, IP) at
 * most once per minute for the same caller and thing. Called by the action wrapper, the route wrappers and the
 * page guards, so every 401 and 403 is seen.
 */
export async function recordDenial(denial: Denial): Promise<void> {
  const who = denial.subject?.id ?? `ip:${denial.ip ?? "unknown"}`;
  log.warn("access denied", { actorId: denial.subject?.id ?? null, ip: denial.ip, what: denial.what, permission: denial.permission, status: denial.status, reason: denial.reason });
  const throttle = await hitRateLimit(`denied:${who}:${denial.what}`, DENIAL_AUDIT_RULE);
  if (throttle.count > 1) return;
  await recordAuditEvent({
    actorId: denial.subject?.id ?? null,
    action: "access.denied",
    target: denial.what,
    ip: denial.ip,
    detail: { status: denial.status, ...(denial.permission ? { permission: denial.permission } : {}), ...(denial.reason ? { reason: denial.reason } : {}) },
  });
}
