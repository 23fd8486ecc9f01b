"use client";

/** An instant in the viewer's own time zone and locale; the server's rendering is replaced on hydration. */
export function LocalTime({ value }: { value: Date | string | null | undefined }) {
  if (!value) return <>—</>;
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date)}
    </time>
  );
}
