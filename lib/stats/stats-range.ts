import "server-only";
import { db } from "@/lib/db";
import type { StatsQuery } from "@/lib/validation/stats";

export type StatsRange = {
  /** First and last day (inclusive), as calendar dates in `tz`. */
  fromDay: string;
  toDay: string;
  tz: string;
  bucket: "day" | "week";
  /** The same range as instants: from the start of `fromDay` to the end of `toDay` in `tz`. */
  start: Date;
  end: Date;
};

const PRESET_DAYS = { "7d": 7, "30d": 30, "90d": 90 } as const;

/** Today's date in a time zone, as YYYY-MM-DD. */
function dayIn(tz: string, at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A preset counts back from today in the viewer's time zone. PostgreSQL turns local midnights into instants
 * (`timestamp AT TIME ZONE tz`), so days that are 23 or 25 hours long around DST changes come out right.
 */
export async function resolveStatsRange(query: StatsQuery, at: Date): Promise<StatsRange> {
  const toDay = query.range === "custom" ? query.to! : dayIn(query.tz, at);
  const fromDay = query.range === "custom" ? query.from! : addDays(toDay, 1 - PRESET_DAYS[query.range]);
  const [bounds] = await db.$queryRaw<{ start: Date; end: Date }[]>`
    SELECT (${fromDay}::date::timestamp AT TIME ZONE ${query.tz}) AS start,
           ((${toDay}::date + 1)::timestamp AT TIME ZONE ${query.tz}) AS "end"`;
  return { fromDay, toDay, tz: query.tz, bucket: query.bucket, start: bounds!.start, end: bounds!.end };
}
