import type { TimeBucket } from "@/lib/stats/redemptions-over-time";

const WIDTH = 720;
const HEIGHT = 180;

function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}

/**
 * Redemptions per day or week as inline SVG bars drawn on the server (no chart library, no JavaScript),
 * described for screen readers, with the same numbers in a table for anyone who prefers them.
 */
export function RedemptionsChart({ series, bucket, tz }: { series: TimeBucket[]; bucket: "day" | "week"; tz: string }) {
  const peak = Math.max(0, ...series.map((point) => point.redemptions));
  const max = Math.max(1, peak);
  const slot = WIDTH / Math.max(1, series.length);
  const total = series.reduce((sum, point) => sum + point.redemptions, 0);
  const first = series[0];
  const last = series.at(-1);
  const span = first && last ? `, ${shortDay(first.bucket)} to ${shortDay(last.bucket)}` : "";
  const period = bucket === "day" ? `the last ${series.length} days` : `${series.length} weeks`;
  const summary = `${total} redemption${total === 1 ? "" : "s"} in ${period}${span} (${tz}); the busiest ${bucket} had ${peak}.`;
  return (
    <figure className="chart card">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {series.map((point, index) => {
          const height = (point.redemptions / max) * HEIGHT;
          return (
            <rect key={point.bucket} x={index * slot + slot * 0.1} y={HEIGHT - height} width={Math.max(1, slot * 0.8)} height={height} className="bar">
              <title>{`${point.bucket}: ${point.redemptions}`}</title>
            </rect>
          );
        })}
        <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="axis" />
        {first ? <text x="0" y={HEIGHT + 16} className="axis-label">{shortDay(first.bucket)}</text> : null}
        {last ? <text x={WIDTH} y={HEIGHT + 16} textAnchor="end" className="axis-label">{shortDay(last.bucket)}</text> : null}
      </svg>
      <figcaption>
        <strong>Redemptions per {bucket}</strong> <span className="hint">{summary}</span>
      </figcaption>
      <details>
        <summary>Show the numbers as a table</summary>
        <table>
          <caption className="visually-hidden">The chart's numbers: redemptions by {bucket} ({tz})</caption>
          <thead>
            <tr>
              <th scope="col">{bucket === "day" ? "Day" : "Week starting"} ({tz})</th>
              <th scope="col">Redemptions</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.bucket}>
                <td>{point.bucket}</td>
                <td>{point.redemptions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
