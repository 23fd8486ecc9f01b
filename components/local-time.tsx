"use client";

import { useTimeZone } from "./time-zone";
import { Tooltip, TooltipContent, TooltipTrigger } from "./ui/tooltip";

const FULL: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

function relativeTime(date: Date, now = Date.now()): string {
  const diff = date.getTime() - now;
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return diff > 0 ? "in a moment" : "just now";
}

/**
 * A moment in the viewer's time zone (from the zone cookie, so the server's first paint already shows it).
 * `relative` shows "3 days ago" with the full date on hover and focus — the dense form lists use.
 */
export function LocalTime({ value, relative = false }: { value: Date | string | null | undefined; relative?: boolean }) {
  const zone = useTimeZone();
  if (!value) return <>—</>;
  const date = new Date(value);
  const full = new Intl.DateTimeFormat("en-GB", { ...FULL, timeZone: zone }).format(date);
  if (!relative) {
    return <time dateTime={date.toISOString()}>{full}</time>;
  }
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <time dateTime={date.toISOString()} title={full} tabIndex={0} className="underline decoration-dotted decoration-muted-foreground/50 underline-offset-4" suppressHydrationWarning>
          {relativeTime(date)}
        </time>
      </TooltipTrigger>
      <TooltipContent>{full}</TooltipContent>
    </Tooltip>
  );
}
