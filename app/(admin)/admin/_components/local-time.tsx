"use client";

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

function relative(date: Date): string {
  const diff = date.getTime() - Date.now();
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(Math.round(diff / 1000), "second");
}

/**
 * A UTC instant shown in the viewer's own time zone (the server cannot know it, hence a client component;
 * the server-rendered text is replaced on hydration), optionally with "in 3 days" beside it.
 */
export function LocalTime({ value, withRelative = false }: { value: Date | string; withRelative?: boolean }) {
  const date = new Date(value);
  const text = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date);
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()} suppressHydrationWarning>
      {text}
      {withRelative ? <span className="hint" suppressHydrationWarning>{` (${relative(date)})`}</span> : null}
    </time>
  );
}
