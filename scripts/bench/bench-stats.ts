import pg from "pg";
import { median, round, timeMs } from "./measure";
import { seedInvites } from "./seed";

export type StatsResult = { invites: number; redemptions: number; seedSeconds: number; runs: number; medianMs: number; p90Ms: number; targetMs: number };

/** inviteStats() over a table seeded with `size` invites and as many redemptions: median of `runs` calls. */
export async function benchStats(databaseUrl: string, size: number, runs = 20): Promise<StatsResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const seed = await timeMs(() => seedInvites(client, { invites: size, redemptions: size }));
  await client.end();

  const { inviteStats } = await import("@/lib/invites/invite-stats");
  await inviteStats();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timeMs(() => inviteStats())).ms);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    invites: size,
    redemptions: size,
    seedSeconds: round(seed.ms / 1000),
    runs,
    medianMs: round(median(times)),
    p90Ms: round(sorted[Math.floor(runs * 0.9)] ?? Number.NaN),
    targetMs: 100,
  };
}
