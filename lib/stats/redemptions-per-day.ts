import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { previousRange } from "./previous-range";
import { redemptionsOverTime, type TimeBucket } from "./redemptions-over-time";
import { resolveStatsRange } from "./stats-range";
import { statsOwner } from "./invite-stats";

/**
 * The dashboard's chart: redemptions per day in the viewer's zone for the last 30 days, today included, oldest
 * first, quiet days as 0, and the 30 days before for comparison — the stats page's series with a fixed range.
 * With an EDITOR as the actor, only their own invites count.
 */
export async function redemptionsPerDay(actor?: Actor, tz = "UTC"): Promise<{ current: TimeBucket[]; previous: TimeBucket[] }> {
  const at = now();
  const range = await resolveStatsRange({ range: "30d", bucket: "day", tz }, at);
  const before = await previousRange(range, at);
  const owner = statsOwner(actor);
  const [current, previous] = await Promise.all([redemptionsOverTime(range, owner), redemptionsOverTime(before, owner)]);
  return { current, previous };
}
