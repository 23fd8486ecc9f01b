"use client";

import { useSyncExternalStore } from "react";

// Named fields rather than dateStyle/timeStyle: those two cannot be combined with timeZoneName.
const FORMAT: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
const noSubscription = () => () => {};

/**
 * A moment shown in the viewer's own time zone. The server (and a browser without JavaScript) shows it in UTC,
 * named as such; once hydrated, the browser re-renders it in local time.
 */
export function LocalTime({ value }: { value: string | Date }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const date = new Date(value);
  const format = hydrated ? new Intl.DateTimeFormat(undefined, FORMAT) : new Intl.DateTimeFormat("en-GB", { ...FORMAT, timeZone: "UTC" });
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {format.format(date)}
    </time>
  );
}
