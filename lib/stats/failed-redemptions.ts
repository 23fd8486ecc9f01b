import "server-only";
import { db } from "@/lib/db";
import type { StatsRange } from "./stats-range";

export type FailureCount = { reason: string; count: number };

/** Failed redemption attempts in the range by reason, from the audit log (served by its (action, created_at) index). */
export function failedRedemptionsByReason(range: StatsRange): Promise<FailureCount[]> {
  return db.$queryRaw<FailureCount[]>`
    SELECT coalesce(detail->>'reason', 'unknown') AS reason, count(*)::int AS count
    FROM audit_events
    WHERE action = 'invite.redeem_failed' AND created_at >= ${range.start} AND created_at < ${range.end}
    GROUP BY 1 ORDER BY count DESC, reason`;
}
