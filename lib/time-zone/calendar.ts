/** Wall-clock fields of an instant in a time zone, read back as if they were UTC: the zone's local time in ms. */
function wallClock(tz: string, at: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second")) + (at % 1000 + 1000) % 1000;
}

/** The instant at which the zone's clocks show this wall-clock time (the later one when clocks repeat it). */
function instantOf(tz: string, wall: number): number {
  const first = wall - (wallClock(tz, wall) - wall);
  return wall - (wallClock(tz, first) - first);
}

/**
 * `days` calendar days after `at` in the zone, at the same local time of day: "in 7 days" from 09:00 is 09:00
 * a week later even across a daylight-saving change (which a fixed 168 hours would miss by an hour).
 */
export function addCalendarDays(at: Date, days: number, tz: string): Date {
  const wall = wallClock(tz, at.getTime());
  return new Date(instantOf(tz, wall + days * 86_400_000));
}

/** The instant a calendar day (YYYY-MM-DD) begins in the zone: its local midnight. */
export function startOfDay(day: string, tz: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(instantOf(tz, Date.UTC(year!, month! - 1, date!)));
}
