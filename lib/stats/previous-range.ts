import { resolveStatsRange, type StatsRange } from "./stats-range";

const DAY = 86_400_000;

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The period of the same length just before a range (30 days before the last 30), for comparison. */
export async function previousRange(range: StatsRange, at: Date): Promise<StatsRange> {
  const days = Math.round((Date.parse(`${range.toDay}T00:00:00Z`) - Date.parse(`${range.fromDay}T00:00:00Z`)) / DAY) + 1;
  return resolveStatsRange({ range: "custom", from: shift(range.fromDay, -days), to: shift(range.fromDay, -1), bucket: range.bucket, tz: range.tz }, at);
}
