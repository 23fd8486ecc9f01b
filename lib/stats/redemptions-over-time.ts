import "server-only";
import { db } from "@/lib/db";
import type { StatsRange } from "./stats-range";

export type TimeBucket = { bucket: string; redemptions: number };

/**
 * Redemptions per local day or week, every bucket present (zero when empty). The series is built in local time
 * with generate_series; the counts come from hourly rollups, each hour placed in the local bucket it lies in,
 * and the hours a bucket boundary cuts (zones at :30 or :45) counted from the redemptions themselves. Weeks
 * start on Monday and are clipped to the range. Everyone's redemptions come from the hourly totals
 * (redemption_total_facts: a few rows per hour); with an `owner`, only redemptions of that creator's invites
 * count (an EDITOR's own view), from the per-invite rollup (redemption_facts). PostgreSQL skips the branch whose
 * condition on `owner` is false before it reads anything.
 */
export async function redemptionsOverTime(range: StatsRange, owner: string | null = null): Promise<TimeBucket[]> {
  const step = `1 ${range.bucket}`;
  const rows = await db.$queryRaw<{ bucket: string; redemptions: number }[]>`
    WITH series AS (
      SELECT generate_series(date_trunc(${range.bucket}, ${range.fromDay}::date::timestamp),
                             ${range.toDay}::date::timestamp, ${step}::interval) AS local_start
    ), cuts AS (
      SELECT ARRAY(SELECT local_start AT TIME ZONE ${range.tz} FROM series) AS at
    ), facts AS (
      SELECT f.at, f.redemptions FROM cuts, redemption_total_facts(${range.start}, ${range.end}, cuts.at) f WHERE ${owner}::uuid IS NULL
      UNION ALL
      SELECT f.at, f.redemptions FROM cuts, redemption_facts(${range.start}, ${range.end}, cuts.at) f
      WHERE ${owner}::uuid IS NOT NULL AND f.creator_id = ${owner}::uuid
    ), counted AS (
      SELECT date_trunc(${range.bucket}, facts.at AT TIME ZONE ${range.tz}) AS local_start, sum(facts.redemptions) AS redemptions
      FROM facts GROUP BY 1
    )
    SELECT to_char(s.local_start, 'YYYY-MM-DD') AS bucket, coalesce(c.redemptions, 0)::int AS redemptions
    FROM series s LEFT JOIN counted c ON c.local_start = s.local_start
    ORDER BY s.local_start`;
  return rows;
}
