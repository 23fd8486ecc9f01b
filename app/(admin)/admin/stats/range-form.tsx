"use client";

import { useState } from "react";
import { FieldError } from "@/components/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { StatsRange } from "@/lib/stats/stats-range";

type Props = {
  range: StatsRange;
  /** What the person asked for, kept as typed even when it could not be used, so an error never loses it. */
  asked: { range?: string; from?: string; to?: string; bucket?: string };
  error?: string;
};

/** A GET form, so a chosen range is a URL that can be shared; days are the viewer's days. */
export function RangeForm({ range, asked, error }: Props) {
  const [choice, setChoice] = useState(asked.range ?? "30d");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-describedby={error ? "range-error" : undefined} aria-label="Choose the range">
      <input type="hidden" name="tz" value={range.tz} />
      <div className="grid w-40 gap-1.5">
        <Label htmlFor="range">Range</Label>
        <NativeSelect id="range" name="range" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="7d">Last 7 days</option>
          <option value="30d">Last 30 days</option>
          <option value="90d">Last 90 days</option>
          <option value="custom">Custom</option>
        </NativeSelect>
      </div>
      {choice === "custom" ? (
        <>
          <div className="grid gap-1.5">
            <Label htmlFor="from">From</Label>
            <Input id="from" name="from" type="date" defaultValue={asked.from ?? range.fromDay} required aria-invalid={error ? true : undefined} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="to">To</Label>
            <Input id="to" name="to" type="date" defaultValue={asked.to ?? range.toDay} required aria-invalid={error ? true : undefined} />
          </div>
        </>
      ) : null}
      <div className="grid w-32 gap-1.5">
        <Label htmlFor="bucket">Group by</Label>
        <NativeSelect id="bucket" name="bucket" defaultValue={asked.bucket ?? range.bucket}>
          <option value="day">Day</option>
          <option value="week">Week</option>
        </NativeSelect>
      </div>
      <Button type="submit" variant="secondary">
        Show
      </Button>
      {error ? (
        <FieldError id="range-error" className="basis-full">
          {error}
        </FieldError>
      ) : null}
    </form>
  );
}
