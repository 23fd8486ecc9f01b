"use client";

import { useEffect, useState } from "react";
import type { StatsRange } from "@/lib/stats/stats-range";

type Props = { range: StatsRange; preset: string; error?: string };

/** A GET form, so a chosen range is a URL that can be shared; the time zone is the browser's own. */
export function RangeForm({ range, preset, error }: Props) {
  const [tz, setTz] = useState(range.tz);
  const [choice, setChoice] = useState(preset);
  useEffect(() => setTz(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"), []);
  return (
    <form method="get" className="card row" aria-describedby={error ? "range-error" : undefined}>
      <input type="hidden" name="tz" value={tz} />
      <div className="field">
        <label htmlFor="range">Range</label>
        <select id="range" name="range" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="7d">Last 7 days</option>
          <option value="30d">Last 30 days</option>
          <option value="90d">Last 90 days</option>
          <option value="custom">Custom</option>
        </select>
      </div>
      {choice === "custom" ? (
        <>
          <div className="field">
            <label htmlFor="from">From</label>
            <input id="from" name="from" type="date" defaultValue={range.fromDay} required />
          </div>
          <div className="field">
            <label htmlFor="to">To</label>
            <input id="to" name="to" type="date" defaultValue={range.toDay} required />
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor="bucket">Group by</label>
        <select id="bucket" name="bucket" defaultValue={range.bucket}>
          <option value="day">Day</option>
          <option value="week">Week</option>
        </select>
      </div>
      <button type="submit">Show</button>
      {error ? (
        <p id="range-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
