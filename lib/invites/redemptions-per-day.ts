import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { redemptionsOverTime, type TimeBucket } from "@/lib/stats/redemptions-over-time";
import { resolveStatsRange } from "@/lib/stats/stats-range";
import { statsOwner } from "./invite-stats";

/**
 * The dashboard's chart: redemptions per UTC day for the last 30 days, today included, oldest first, quiet days
 * as 0 — the stats page's series with a fixed range. With an EDITOR as the actor, only their own invites count.
 */
export async function redemptionsPerDay(actor?: Actor): Promise<TimeBucket[]> {
  const range = await resolveStatsRange({ range: "30d", bucket: "day", tz: "UTC" }, now());
  return redemptionsOverTime(range, statsOwner(actor));
}
