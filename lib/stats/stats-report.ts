import { now } from "@/lib/clock";
import { inviteStats, type InviteStats } from "@/lib/invites/invite-stats";
import { statsQuerySchema, type StatsQueryInput } from "@/lib/validation/stats";
import { failedRedemptionsByReason, type FailureCount } from "./failed-redemptions";
import { redemptionsOverTime, type TimeBucket } from "./redemptions-over-time";
import { resolveStatsRange, type StatsRange } from "./stats-range";
import {
  conversion,
  mostUsedInvites,
  usageByBatch,
  usageByCreator,
  usageByRole,
  type BatchUsage,
  type Conversion,
  type CreatorUsage,
  type InviteUsage,
  type RoleUsage,
} from "./usage-breakdowns";

export type StatsReport = {
  range: StatsRange;
  counts: Omit<InviteStats, "byRole">;
  series: TimeBucket[];
  redemptionsInRange: number;
  conversion: Conversion;
  byRole: RoleUsage[];
  byCreator: CreatorUsage[];
  byBatch: BatchUsage[];
  mostUsed: InviteUsage[];
  failedByReason: FailureCount[];
};

/** Everything the stats page and GET /api/v1/stats show, each part one SQL query. */
export async function statsReport(input: StatsQueryInput): Promise<StatsReport> {
  const range = await resolveStatsRange(statsQuerySchema.parse(input), now());
  const [stats, series, conv, byRole, byCreator, byBatch, mostUsed, failedByReason] = await Promise.all([
    inviteStats(),
    redemptionsOverTime(range),
    conversion(range),
    usageByRole(range),
    usageByCreator(range),
    usageByBatch(range),
    mostUsedInvites(range),
    failedRedemptionsByReason(range),
  ]);
  const { byRole: _currentByRole, ...counts } = stats;
  return {
    range,
    counts,
    series,
    redemptionsInRange: series.reduce((sum, bucket) => sum + bucket.redemptions, 0),
    conversion: conv,
    byRole,
    byCreator,
    byBatch,
    mostUsed,
    failedByReason,
  };
}
