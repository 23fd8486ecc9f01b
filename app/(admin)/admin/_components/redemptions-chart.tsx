import type { DailyCount } from "@/lib/invites/redemptions-per-day";

const WIDTH = 600;
const HEIGHT = 160;

function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}

/**
 * Redemptions per day as inline SVG bars (no chart library), described for screen readers, with the same
 * numbers in a table for anyone who prefers them.
 */
export function RedemptionsChart({ days }: { days: DailyCount[] }) {
  const busiest = Math.max(0, ...days.map((day) => day.count));
  const max = Math.max(1, busiest);
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const barWidth = WIDTH / Math.max(1, days.length);
  const first = days[0];
  const last = days.at(-1);
  const summary = `${total} redemption${total === 1 ? "" : "s"} in the last ${days.length} days${first && last ? `, ${shortDay(first.day)} to ${shortDay(last.day)} (UTC days)` : ""}; the busiest day had ${busiest}.`;
  return (
    <figure className="chart card">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {days.map((day, i) => {
          const height = (day.count / max) * HEIGHT;
          return (
            <rect key={day.day} x={i * barWidth + 2} y={HEIGHT - height} width={Math.max(1, barWidth - 4)} height={height} className="bar">
              <title>{`${shortDay(day.day)}: ${day.count}`}</title>
            </rect>
          );
        })}
        <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="axis" />
        {first ? <text x="0" y={HEIGHT + 16} className="axis-label">{shortDay(first.day)}</text> : null}
        {last ? <text x={WIDTH} y={HEIGHT + 16} textAnchor="end" className="axis-label">{shortDay(last.day)}</text> : null}
      </svg>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>Show the numbers as a table</summary>
        <table>
          <caption className="visually-hidden">Redemptions per UTC day</caption>
          <thead>
            <tr>
              <th scope="col">Day (UTC)</th>
              <th scope="col">Redemptions</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <td>{day.day}</td>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
