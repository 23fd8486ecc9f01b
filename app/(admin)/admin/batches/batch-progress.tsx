/** Redeemed against what is left, as a bar with the numbers beside it (the bar is decoration; the text says it). */
export function BatchProgress({ redeemed, left }: { redeemed: number; left: number }) {
  const total = redeemed + left;
  const share = total === 0 ? 0 : Math.round((redeemed / total) * 100);
  return (
    <div className="flex min-w-40 items-center gap-2">
      <div aria-hidden className="h-1.5 w-20 overflow-hidden rounded-full bg-muted">
        <div className="h-full rounded-full bg-primary" style={{ width: `${share}%` }} />
      </div>
      <span className="text-sm tabular-nums">
        {redeemed.toLocaleString("en")} redeemed · {left.toLocaleString("en")} left
      </span>
    </div>
  );
}
