import { randomUUID } from "node:crypto";
import { createInvites } from "@/lib/invites/create-invites";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { median, percentile, round, timeMs } from "./measure";

export type LatencyResult = { invitesInTable: number; runs: number; medianMs: number; p90Ms: number };

/** One redemption at a time through redeemInvite(), so the figure is latency, not contention. */
export async function benchRedeemLatency(invitesInTable: number, runs: number): Promise<LatencyResult> {
  const batch = await createInvites({
    role: "MEMBER",
    maxUses: 1,
    expiresAt: new Date(Date.now() + 24 * 3_600_000),
    note: "bench latency",
    count: runs + 5,
    createdById: null,
  });
  const times: number[] = [];
  for (const [i, invite] of batch.invites.entries()) {
    const run = await timeMs(() =>
      redeemInvite({ code: invite.code, email: `latency-${randomUUID().slice(0, 8)}@bench.test`, name: "Latency", password: "bench password 0123456789" }),
    );
    if (!run.value.ok) throw new Error(`redemption failed during the latency benchmark: ${run.value.error.code}`);
    // The first few warm the connection pool and the thread pool.
    if (i >= 5) times.push(run.ms);
  }
  return { invitesInTable, runs, medianMs: round(median(times)), p90Ms: round(percentile(times, 90)) };
}
