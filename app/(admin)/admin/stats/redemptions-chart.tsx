import type { TimeBucket } from "@/lib/stats/redemptions-over-time";

const WIDTH = 720;
const HEIGHT = 180;

/** Bars drawn on the server as SVG (no chart library, no JavaScript); the same numbers follow as a table. */
export function RedemptionsChart({ series, bucket, tz }: { series: TimeBucket[]; bucket: "day" | "week"; tz: string }) {
  const peak = Math.max(0, ...series.map((point) => point.redemptions));
  const max = Math.max(1, peak);
  const slot = WIDTH / Math.max(1, series.length);
  const total = series.reduce((sum, point) => sum + point.redemptions, 0);
  const label = `Redemptions per ${bucket} (${tz}): ${total} in ${series.length} ${bucket}s, at most ${peak} in one ${bucket}.`;
  return (
    <figure className="card stack">
      <figcaption>
        <strong>Redemptions per {bucket}</strong> <span className="hint">({tz})</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="img" aria-label={label} style={{ width: "100%", height: "auto" }}>
        {series.map((point, index) => {
          const height = (point.redemptions / max) * HEIGHT;
          return (
            <rect key={point.bucket} x={index * slot + slot * 0.1} y={HEIGHT - height} width={slot * 0.8} height={Math.max(height, 0.5)} fill="var(--accent)">
              <title>{`${point.bucket}: ${point.redemptions}`}</title>
            </rect>
          );
        })}
        <line x1={0} y1={HEIGHT + 0.5} x2={WIDTH} y2={HEIGHT + 0.5} stroke="var(--border)" />
        <text x={0} y={HEIGHT + 16} fontSize="12" fill="var(--muted)">{series[0]?.bucket}</text>
        <text x={WIDTH} y={HEIGHT + 16} fontSize="12" fill="var(--muted)" textAnchor="end">{series.at(-1)?.bucket}</text>
      </svg>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{bucket === "day" ? "Day" : "Week starting"}</th>
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
