import "server-only";
import { db } from "@/lib/db";
import type { StatsRange } from "./stats-range";

export type TimeBucket = { bucket: string; redemptions: number };

/**
 * Redemptions per local day or week, every bucket present (zero when empty). The series is built in local time
 * with generate_series and each bucket's bounds are converted to instants, so the redemptions index is
 * range-scanned and nothing is bucketed in JavaScript. Weeks start on Monday and are clipped to the range.
 * With an `owner`, only redemptions of that creator's invites count (an EDITOR's own view).
 */
export async function redemptionsOverTime(range: StatsRange, owner: string | null = null): Promise<TimeBucket[]> {
  const step = `1 ${range.bucket}`;
  const rows = await db.$queryRaw<{ bucket: string; redemptions: number }[]>`
    WITH series AS (
      SELECT generate_series(date_trunc(${range.bucket}, ${range.fromDay}::date::timestamp),
                             ${range.toDay}::date::timestamp, ${step}::interval) AS local_start
    )
    SELECT to_char(s.local_start, 'YYYY-MM-DD') AS bucket, count(r.id)::int AS redemptions
    FROM series s
    LEFT JOIN redemptions r
      ON r.created_at >= (greatest(s.local_start, ${range.fromDay}::date::timestamp) AT TIME ZONE ${range.tz})
     AND r.created_at < (least(s.local_start + ${step}::interval, (${range.toDay}::date + 1)::timestamp) AT TIME ZONE ${range.tz})
     AND (${owner}::uuid IS NULL OR r.invite_id IN (SELECT id FROM invites WHERE created_by_id = ${owner}::uuid))
    GROUP BY s.local_start
    ORDER BY s.local_start`;
  return rows;
}
