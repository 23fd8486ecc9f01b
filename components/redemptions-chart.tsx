import type { TimeBucket } from "@/lib/stats/redemptions-over-time";

/** 1, 2 or 5 times a power of ten: a step that gives at most `count` gridlines above zero. */
function niceScale(peak: number, count = 4): { max: number; ticks: number[] } {
  if (peak <= 0) return { max: 4, ticks: [0, 1, 2, 3, 4] };
  const raw = peak / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? raw;
  const stepWhole = Math.max(1, Math.ceil(step));
  const max = Math.ceil(peak / stepWhole) * stepWhole;
  return { max, ticks: Array.from({ length: max / stepWhole + 1 }, (_, index) => index * stepWhole) };
}

function dayLabel(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

function change(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? "no change" : "up from none";
  const percent = Math.round(((current - previous) / previous) * 100);
  return percent === 0 ? "no change" : `${percent > 0 ? "up" : "down"} ${Math.abs(percent)} %`;
}

/**
 * Redemptions per day or week, drawn on the server: bars with a y axis, gridlines and date labels, the previous
 * period of the same length as a line to compare with, and a tooltip per bar. The bars stretch with the width,
 * but every piece of text is HTML, so nothing is distorted at any size. The same numbers are in a table.
 */
export function RedemptionsChart({
  series,
  previous = [],
  bucket,
  tz,
  title,
}: {
  series: TimeBucket[];
  previous?: TimeBucket[];
  bucket: "day" | "week";
  tz: string;
  title: string;
}) {
  const total = series.reduce((sum, point) => sum + point.redemptions, 0);
  const previousTotal = previous.reduce((sum, point) => sum + point.redemptions, 0);
  const peak = Math.max(0, ...series.map((point) => point.redemptions), ...previous.map((point) => point.redemptions));
  const busiest = Math.max(0, ...series.map((point) => point.redemptions));
  const { max, ticks } = niceScale(peak);
  const first = series[0];
  const last = series.at(-1);
  const span = first && last ? `, ${dayLabel(first.bucket)} to ${dayLabel(last.bucket)}` : "";
  const period = bucket === "day" ? `the last ${series.length} days` : `${series.length} weeks`;
  const comparison = previous.length ? ` That is ${change(total, previousTotal)} on the period before (${previousTotal}).` : "";
  const summary = `${total} redemption${total === 1 ? "" : "s"} in ${period}${span} (${tz}); the busiest ${bucket} had ${busiest}.${comparison}`;
  const slot = 100 / Math.max(1, series.length);
  const labelEvery = Math.max(1, Math.ceil(series.length / 6));
  const line = previous
    .slice(0, series.length)
    .map((point, index) => `${(index + 0.5) * slot},${100 - (point.redemptions / max) * 100}`)
    .join(" ");
  return (
    <figure className="grid gap-3 rounded-lg border bg-card p-4 sm:p-5" data-testid="redemptions-chart">
      <figcaption className="grid gap-1">
        <span className="font-medium">{title}</span>
        <span className="text-sm text-muted-foreground">{summary}</span>
        {previous.length ? (
          <span className="flex flex-wrap gap-4 text-xs text-muted-foreground" aria-hidden>
            <span className="flex items-center gap-1.5">
              <span className="size-2.5 rounded-sm bg-chart-1" /> This period
            </span>
            <span className="flex items-center gap-1.5">
              <span className="h-0.5 w-4 border-t-2 border-dashed border-muted-foreground" /> Period before
            </span>
          </span>
        ) : null}
      </figcaption>
      <div role="img" aria-label={summary} className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2">
        <div className="relative h-48 w-8 text-right text-xs text-muted-foreground tabular-nums" aria-hidden>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-0 -translate-y-1/2" style={{ top: `${100 - (tick / max) * 100}%` }}>
              {tick}
            </span>
          ))}
        </div>
        <div className="relative h-48 border-b border-l border-border" aria-hidden>
          {ticks.slice(1).map((tick) => (
            <div key={tick} className="absolute inset-x-0 border-t border-dashed border-border" style={{ top: `${100 - (tick / max) * 100}%` }} />
          ))}
          <svg className="absolute inset-0 size-full overflow-visible" viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false">
            {series.map((point, index) => {
              const height = (point.redemptions / max) * 100;
              return <rect key={point.bucket} x={index * slot + slot * 0.15} y={100 - height} width={slot * 0.7} height={height} className="fill-chart-1" rx={0.3} />;
            })}
            {line ? <polyline points={line} fill="none" className="stroke-muted-foreground" strokeWidth={1.5} strokeDasharray="4 3" vectorEffect="non-scaling-stroke" /> : null}
          </svg>
          <div className="absolute inset-0 flex">
            {series.map((point, index) => (
              <div key={point.bucket} className="group relative h-full flex-1 hover:bg-foreground/5">
                <div className="pointer-events-none absolute bottom-full left-1/2 z-10 mb-1 hidden -translate-x-1/2 rounded-md bg-foreground px-2 py-1 text-xs whitespace-nowrap text-background shadow group-hover:block">
                  <span className="font-medium">
                    {bucket === "week" ? "Week of " : ""}
                    {dayLabel(point.bucket)}
                  </span>
                  : {point.redemptions}
                  {previous[index] ? <span className="opacity-75"> (before: {previous[index]!.redemptions})</span> : null}
                </div>
              </div>
            ))}
          </div>
        </div>
        <div />
        <div className="relative mt-1 h-4 text-xs text-muted-foreground" aria-hidden>
          {series.map((point, index) =>
            index % labelEvery === 0 ? (
              <span
                key={point.bucket}
                className={`absolute -translate-x-1/2 whitespace-nowrap ${(index / labelEvery) % 2 === 1 ? "max-sm:hidden" : ""}`}
                style={{ left: `${(index + 0.5) * slot}%` }}
              >
                {dayLabel(point.bucket)}
              </span>
            ) : null,
          )}
        </div>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">Show the numbers as a table</summary>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">The chart&apos;s numbers: redemptions by {bucket} ({tz})</caption>
          <thead>
            <tr className="border-b text-left text-xs text-muted-foreground">
              <th scope="col" className="py-1 font-medium">
                {bucket === "day" ? "Day" : "Week starting"} ({tz})
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Redemptions
              </th>
              {previous.length ? (
                <th scope="col" className="py-1 text-right font-medium">
                  Period before
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {series.map((point, index) => (
              <tr key={point.bucket} className="border-b last:border-0">
                <td className="py-1">{point.bucket}</td>
                <td className="py-1 text-right tabular-nums">{point.redemptions}</td>
                {previous.length ? <td className="py-1 text-right tabular-nums">{previous[index]?.redemptions ?? "—"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
