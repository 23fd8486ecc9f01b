import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import pg from "pg";
import { createTestDatabase } from "@/tests/support/test-database";

/*
 * `npm run bench [-- --quick]`: every figure the README quotes, measured in one run against a fresh local
 * PostgreSQL database and the production build. Writes bench/results/latest.json (or quick.json).
 * --quick uses small sizes and checks only that each measurement ran.
 */
const quick = process.argv.includes("--quick");
const size = quick
  ? { small: 1_000, large: 20_000, bulk: 1_000, seconds: 3, latencyRuns: 20, statsRuns: 5, httpInvites: 2_000 }
  : { small: 1_000, large: 1_000_000, bulk: 10_000, seconds: 20, latencyRuns: 100, statsRuns: 20, httpInvites: 8_000 };
const CONCURRENCY = 32;
const POOL_SIZE = 10;

function say(message: string) {
  console.log(`[bench] ${message}`);
}

const database = await createTestDatabase("bench");
process.env.DATABASE_URL = database.url;
process.env.DB_POOL_SIZE = String(POOL_SIZE);
process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789-0123456789-0123456789";
say(`database: ${database.source}${quick ? " (quick)" : ""}`);

const { db } = await import("@/lib/db");
const { createInvites } = await import("@/lib/invites/create-invites");
const { seedInvites } = await import("./seed");
const { benchRedeemLatency } = await import("./bench-redeem-latency");
const { benchBulkCreate } = await import("./bench-bulk-create");
const { benchStats } = await import("./bench-stats");
const { benchRedeemHttp } = await import("./bench-redeem-http");
const { measureRedeemLimit } = await import("./redeem-limit");

async function seed(invites: number, offset: number) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await seedInvites(client, { invites, redemptions: invites, offset });
  const version = (await client.query("SHOW server_version")).rows[0].server_version as string;
  await client.end();
  return version;
}

async function freshCodes(count: number, note: string): Promise<string[]> {
  const batch = await createInvites({ role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 24 * 3_600_000), note, count, createdById: null });
  return batch.invites.map((invite) => invite.display);
}

try {
  say(`seeding ${size.small} invites and redemptions`);
  const postgres = await seed(size.small, 0);

  say(`redeem latency with ${size.small} invites`);
  const latencySmall = await benchRedeemLatency(size.small, size.latencyRuns);

  say(`bulk create ${size.bulk}`);
  const bulk = await benchBulkCreate(database.url, size.bulk);

  say(`HTTP redeem: ${CONCURRENCY} connections for ${size.seconds} s`);
  const http = await benchRedeemHttp({
    databaseUrl: database.url,
    port: Number(process.env.BENCH_PORT ?? 3600),
    codes: await freshCodes(size.httpInvites, "bench http"),
    concurrency: CONCURRENCY,
    poolSize: POOL_SIZE,
    seconds: size.seconds,
  });
  say(`the same transaction from plain Node + pg, ${CONCURRENCY} at a time for ${size.seconds} s`);
  const limit = await measureRedeemLimit({
    databaseUrl: database.url,
    codes: await freshCodes(size.httpInvites, "bench limit"),
    concurrency: CONCURRENCY,
    poolSize: POOL_SIZE,
    seconds: size.seconds,
  });

  say(`seeding up to ${size.large} invites and redemptions (generate_series)`);
  const seedStart = Date.now();
  await seed(size.large - size.small, size.small);
  const seedSeconds = (Date.now() - seedStart) / 1000;

  say(`inviteStats() x ${size.statsRuns}`);
  const stats = await benchStats(size.statsRuns);

  say(`redeem latency with ${stats.invites} invites`);
  const latencyLarge = await benchRedeemLatency(stats.invites, size.latencyRuns);

  const results = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres,
      os: `${os.type()} ${os.release()}`,
    },
    redeemHttp: { ...http, concurrency: CONCURRENCY, poolSize: POOL_SIZE },
    redeemLimit: { ...limit, concurrency: CONCURRENCY, poolSize: POOL_SIZE },
    redeemRatio: {
      throughput: Math.round((http.throughput / limit.throughput) * 100) / 100,
      p99: Math.round((http.p99Ms / limit.p99Ms) * 100) / 100,
      targets: { throughputAtLeast: 0.5, p99AtMost: 5 },
    },
    bulkCreate: bulk,
    stats: { ...stats, seedSeconds: Math.round(seedSeconds) },
    redeemLatency: { small: latencySmall, large: latencyLarge, ratio: Math.round((latencyLarge.medianMs / latencySmall.medianMs) * 100) / 100, target: 1.2 },
  };

  console.table({
    "redeem HTTP": { throughput: `${http.throughput}/s`, p50: `${http.p50Ms} ms`, p99: `${http.p99Ms} ms`, errors: http.errors, note: `peak RSS ${http.peakRssMb} MB` },
    "redeem limit": { throughput: `${limit.throughput}/s`, p50: `${limit.p50Ms} ms`, p99: `${limit.p99Ms} ms`, errors: limit.errors, note: "plain Node + pg" },
    "HTTP / limit": { throughput: results.redeemRatio.throughput, p99: results.redeemRatio.p99, note: "targets ≥ 0.5, ≤ 5" },
    [`bulk create ${bulk.count}`]: { p50: `${bulk.domainMs} ms`, note: `raw INSERT ${bulk.rawInsertMs} ms, ratio ${bulk.ratio}; target ≤ 2000 ms` },
    [`inviteStats @ ${stats.invites}`]: { p50: `${stats.medianMs} ms`, p99: `p90 ${stats.p90Ms} ms`, note: "target median ≤ 100 ms" },
    "redeem latency": { p50: `${latencySmall.medianMs} → ${latencyLarge.medianMs} ms`, note: `${latencySmall.invitesInTable} → ${latencyLarge.invitesInTable} invites, ratio ${results.redeemLatency.ratio} (target ≤ 1.2)` },
  });

  const missing = [
    http.ok === 0 && "HTTP redeem had no successful redemption",
    limit.ok === 0 && "the limit run had no successful redemption",
    !(stats.runs > 0 && stats.medianMs > 0) && "inviteStats was not measured",
    !(bulk.domainMs > 0 && bulk.rawInsertMs > 0) && "bulk create was not measured",
    !(latencySmall.medianMs > 0 && latencyLarge.medianMs > 0) && "redeem latency was not measured",
  ].filter(Boolean);

  await mkdir("bench/results", { recursive: true });
  const file = `bench/results/${quick ? "quick" : "latest"}.json`;
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  say(`wrote ${file}`);
  if (missing.length) throw new Error(`measurements that did not run: ${missing.join("; ")}`);
} finally {
  await db.$disconnect();
  await database.drop();
}
