import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { metricCounts, type MetricCounts } from "./metric-counts";

type Metrics = { registry: Registry; requestDuration: Histogram<"route" | "method" | "status"> };

/*
 * The database-derived series share one read per scrape: the first collector to run starts it, the others
 * await the same promise, and the next scrape starts afresh.
 */
function sharedCounts(): () => Promise<MetricCounts> {
  let pending: Promise<MetricCounts> | null = null;
  return () => {
    if (!pending) {
      pending = metricCounts().finally(() => setTimeout(() => (pending = null), 0));
    }
    return pending;
  };
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const counts = sharedCounts();

  new Gauge({
    name: "invites_by_state",
    help: "Invites by derived state (active, expired, exhausted, revoked).",
    labelNames: ["state"],
    registers: [registry],
    async collect() {
      const { invitesByState } = await counts();
      for (const [state, value] of Object.entries(invitesByState)) this.set({ state }, value);
    },
  });
  // Counters read from the database: reset, then set to the stored total, so every instance reports the same value.
  new Counter({
    name: "invite_redemptions_total",
    help: "Successful redemptions, all time.",
    registers: [registry],
    async collect() {
      this.reset();
      this.inc((await counts()).redemptionsTotal);
    },
  });
  new Counter({
    name: "invite_redemptions_failed_total",
    help: "Failed redemption attempts by reason, from the audit log.",
    labelNames: ["reason"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await counts()).failedRedemptionsByReason) this.inc({ reason: row.reason }, row.count);
    },
  });
  new Counter({
    name: "rate_limited_requests_total",
    help: "Requests refused by a rate limit, by audit action (redeem, sign-in).",
    labelNames: ["action"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await counts()).rateLimitedByAction) this.inc({ action: row.action }, row.count);
    },
  });
  const requestDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Duration of API requests handled by this instance.",
    labelNames: ["route", "method", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, requestDuration };
}

const globalForMetrics = globalThis as unknown as { inviteMetrics?: Metrics };

/** One registry per process (prom-client refuses a metric registered twice, e.g. across hot reloads). */
export function metrics(): Metrics {
  globalForMetrics.inviteMetrics ??= createMetrics();
  return globalForMetrics.inviteMetrics;
}
