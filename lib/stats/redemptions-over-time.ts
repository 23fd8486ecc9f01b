import "server-only";
import { db } from "@/lib/db";
import type { StatsRange } from "./stats-range";

export type TimeBucket = { bucket: string; redemptions: number };

/**
 * Redemptions per local day or week, every bucket present (zero when empty). The series is built in local time
 * with generate_series; the counts come from the hourly rollup (redemption_facts), each hour placed in the local
 * bucket it lies in, and the hours a bucket boundary cuts (zones at :30 or :45) counted from the redemptions
 * themselves. Weeks start on Monday and are clipped to the range. With an `owner`, only redemptions of that
 * creator's invites count (an EDITOR's own view).
 */
export async function redemptionsOverTime(range: StatsRange, owner: string | null = null): Promise<TimeBucket[]> {
  const step = `1 ${range.bucket}`;
  const rows = await db.$queryRaw<{ bucket: string; redemptions: number }[]>`
    WITH series AS (
      SELECT generate_series(date_trunc(${range.bucket}, ${range.fromDay}::date::timestamp),
                             ${range.toDay}::date::timestamp, ${step}::interval) AS local_start
    ), counted AS (
      SELECT date_trunc(${range.bucket}, f.at AT TIME ZONE ${range.tz}) AS local_start, sum(f.redemptions) AS redemptions
      FROM redemption_facts(${range.start}, ${range.end}, ARRAY(SELECT local_start AT TIME ZONE ${range.tz} FROM series)) f
      WHERE ${owner}::uuid IS NULL OR f.creator_id = ${owner}::uuid
      GROUP BY 1
    )
    SELECT to_char(s.local_start, 'YYYY-MM-DD') AS bucket, coalesce(c.redemptions, 0)::int AS redemptions
    FROM series s LEFT JOIN counted c ON c.local_start = s.local_start
    ORDER BY s.local_start`;
  return rows;
}
