import { inviteStats } from "@/lib/stats/invite-stats";
import { median, percentile, round, timeMs } from "./measure";

export type StatsResult = { invites: number; redemptions: number; runs: number; medianMs: number; p90Ms: number; targetMs: number };

/** inviteStats() on the current table: median of `runs` calls after one warm-up. */
export async function benchStats(runs: number): Promise<StatsResult> {
  const first = await inviteStats();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timeMs(() => inviteStats())).ms);
  return {
    invites: first.total,
    redemptions: first.redemptions.total,
    runs,
    medianMs: round(median(times)),
    p90Ms: round(percentile(times, 90)),
    targetMs: 100,
  };
}
