import "server-only";
import { db } from "@/lib/db";
import { inviteStats } from "@/lib/stats/invite-stats";

export type MetricCounts = {
  invitesByState: Record<"active" | "expired" | "exhausted" | "revoked", number>;
  redemptionsTotal: number;
  failedRedemptionsByReason: { reason: string; count: number }[];
  rateLimitedByAction: { action: string; count: number }[];
};

// The audit actions whose `detail.reason` can be rate_limited; naming them lets the (action, created_at) index serve.
const RATE_LIMITED_ACTIONS = ["invite.redeem_failed", "auth.sign_in_failed"];

/**
 * Everything the scrape reports that must agree across instances, read from PostgreSQL at scrape time: counts
 * kept in process memory would differ per instance and vanish on restart.
 */
export async function metricCounts(): Promise<MetricCounts> {
  const [stats, failed, limited] = await Promise.all([
    inviteStats(),
    db.$queryRaw<{ reason: string; count: bigint }[]>`
      SELECT coalesce(detail->>'reason', 'unknown') AS reason, count(*) AS count
      FROM audit_events WHERE action = 'invite.redeem_failed' GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ action: string; count: bigint }[]>`
      SELECT action, count(*) AS count FROM audit_events
      WHERE action = ANY(${RATE_LIMITED_ACTIONS}::text[]) AND detail->>'reason' = 'rate_limited'
      GROUP BY 1 ORDER BY 1`,
  ]);
  return {
    invitesByState: { active: stats.active, expired: stats.expired, exhausted: stats.exhausted, revoked: stats.revoked },
    redemptionsTotal: stats.redemptions.total,
    failedRedemptionsByReason: failed.map((row) => ({ reason: row.reason, count: Number(row.count) })),
    rateLimitedByAction: limited.map((row) => ({ action: row.action, count: Number(row.count) })),
  };
}
