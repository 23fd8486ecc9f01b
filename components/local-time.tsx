"use client";

import { useSyncExternalStore } from "react";

// Named fields rather than dateStyle/timeStyle: those two cannot be combined with timeZoneName.
const FORMAT: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];
const noSubscription = () => () => {};

function relative(date: Date): string {
  const diff = date.getTime() - Date.now();
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(Math.round(diff / 1000), "second");
}

/**
 * A moment shown in the viewer's own time zone, optionally with "in 3 days" beside it. The server (and a
 * browser without JavaScript) cannot know that zone and shows UTC, named as such; once hydrated, the browser
 * re-renders it in local time.
 */
export function LocalTime({ value, withRelative = false }: { value: Date | string | null | undefined; withRelative?: boolean }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!value) return <>—</>;
  const date = new Date(value);
  const format = hydrated ? new Intl.DateTimeFormat(undefined, FORMAT) : new Intl.DateTimeFormat("en-GB", { ...FORMAT, timeZone: "UTC" });
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()} suppressHydrationWarning>
      {format.format(date)}
      {withRelative && hydrated ? <span className="hint">{` (${relative(date)})`}</span> : null}
    </time>
  );
}
