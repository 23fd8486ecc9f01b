import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { statsOwner } from "./invite-stats";

export type DailyCount = { day: string; count: number };

const DAY = 86_400_000;

/**
 * Redemptions per UTC day for the last `days` days, today included, oldest first. generate_series over UTC
 * wall-clock days supplies every day, so quiet days come back as 0 rather than missing; each day reads only
 * its range of the created_at index. With an EDITOR as the actor, only their own invites' redemptions count.
 */
export async function redemptionsPerDay(actor?: Actor, days = 30): Promise<DailyCount[]> {
  const owner = statsOwner(actor);
  const today = new Date(Math.floor(now().getTime() / DAY) * DAY);
  const first = new Date(today.getTime() - (days - 1) * DAY);
  const rows = await db.$queryRaw<{ day: string; count: bigint }[]>`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day, count(r.id) AS count
    FROM generate_series(${first}::timestamptz AT TIME ZONE 'UTC', ${today}::timestamptz AT TIME ZONE 'UTC', interval '1 day') AS d(day)
    LEFT JOIN redemptions r
      ON r.created_at >= d.day AT TIME ZONE 'UTC' AND r.created_at < (d.day + interval '1 day') AT TIME ZONE 'UTC'
     AND (${owner}::uuid IS NULL OR r.invite_id IN (SELECT id FROM invites WHERE created_by_id = ${owner}::uuid))
    GROUP BY d.day ORDER BY d.day`;
  return rows.map((row) => ({ day: row.day, count: Number(row.count) }));
}
