import "server-only";
import { now } from "@/lib/clock";
import { inviteStats, type InviteStats } from "./invite-stats";
import { statsQueryServerSchema } from "@/lib/validation/server-schemas";
import type { StatsQueryInput } from "@/lib/validation/stats";
import { failedRedemptionsByReason, type FailureCount } from "./failed-redemptions";
import { previousRange } from "./previous-range";
import { redemptionsOverTime, type TimeBucket } from "./redemptions-over-time";
import { resolveStatsRange, type StatsRange } from "./stats-range";
import {
  accountsByInviter,
  conversion,
  redemptionBreakdowns,
  type BatchUsage,
  type Conversion,
  type CreatorUsage,
  type InviterUsage,
  type InviteUsage,
  type RoleUsage,
} from "./usage-breakdowns";

export type StatsReport = {
  range: StatsRange;
  counts: Omit<InviteStats, "byRole">;
  series: TimeBucket[];
  /** The same series for the period of equal length just before the range. */
  previousSeries: TimeBucket[];
  redemptionsInRange: number;
  conversion: Conversion;
  byRole: RoleUsage[];
  byCreator: CreatorUsage[];
  byInviter: InviterUsage[];
  byBatch: BatchUsage[];
  mostUsed: InviteUsage[];
  failedByReason: FailureCount[];
};

/** Everything the stats page and GET /api/v1/stats show, each part one SQL query run beside the others. */
export async function statsReport(input: StatsQueryInput): Promise<StatsReport> {
  const at = now();
  const range = await resolveStatsRange(await statsQueryServerSchema.parseAsync(input), at);
  const before = await previousRange(range, at);
  const [stats, series, previousSeries, conv, breakdowns, byInviter, failedByReason] = await Promise.all([
    inviteStats(),
    redemptionsOverTime(range),
    redemptionsOverTime(before),
    conversion(range),
    redemptionBreakdowns(range),
    accountsByInviter(range),
    failedRedemptionsByReason(range),
  ]);
  const { byRole: _currentByRole, ...counts } = stats;
  return {
    range,
    counts,
    series,
    previousSeries,
    redemptionsInRange: series.reduce((sum, bucket) => sum + bucket.redemptions, 0),
    conversion: conv,
    ...breakdowns,
    byInviter,
    failedByReason,
  };
}
