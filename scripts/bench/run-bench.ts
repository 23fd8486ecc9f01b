import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import pg from "pg";
import { createTestDatabase } from "@/tests/support/test-database";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import type { LoadWindow } from "./http-load";

/*
 * `npm run bench [-- --quick | --large]`: every figure the README quotes, measured in one run against a fresh
 * local PostgreSQL database and the production build (`npm run build` first). Every ratio is measured beside
 * its reference in the same run and printed beside its target. Writes bench/results/latest.json (quick.json,
 * large.json). --quick: small sizes, short runs; it checks only that each measurement ran (CI). --large:
 * 10 000 000 invites and 3 000 000 redemptions and users. BENCH_PORT: the app's port.
 */
const quick = process.argv.includes("--quick");
const large = process.argv.includes("--large");
const size = quick
  ? { invites: 20_000, users: 20_000, seconds: 3, pairSeconds: 3, latencyRuns: 20, runs: 5, bulk: 1_000, codes: 2_000, exportMaxSeconds: 30 }
  : large
    ? { invites: 10_000_000, users: 3_000_000, seconds: 15, pairSeconds: 10, latencyRuns: 100, runs: 10, bulk: 10_000, codes: 6_000, exportMaxSeconds: 120 }
    : { invites: 1_000_000, users: 1_000_000, seconds: 15, pairSeconds: 10, latencyRuns: 100, runs: 10, bulk: 10_000, codes: 6_000, exportMaxSeconds: 120 };
const SMALL = 1_000;
const REDEEM_CONNECTIONS = 32;
const PAIR_CONNECTIONS = 16;
const POOL_SIZE = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3600);

function say(message: string) {
  console.log(`[bench] ${message}`);
}

const database = await createTestDatabase("bench");
process.env.DATABASE_URL = database.url;
process.env.DB_POOL_SIZE = String(POOL_SIZE);
process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789-0123456789-0123456789";
say(`database: ${database.source}${quick ? " (quick)" : large ? " (large)" : ""}`);

const { db } = await import("@/lib/db");
const { createInvites } = await import("@/lib/invites/create-invites");
const { seedData, redemptionsFor } = await import("./seed");
const { benchRedeemLatency } = await import("./bench-redeem-latency");
const { benchBulkCreate } = await import("./bench-bulk-create");
const { benchStats } = await import("./bench-stats");
const { benchDataScale } = await import("./bench-data-scale");
const { httpLoad } = await import("./http-load");
const { measureRedeemLimit } = await import("./redeem-limit");
const { benchScaleOut } = await import("./bench-scale-out");
const { round } = await import("./measure");

async function seed(invites: number, users: number, offset: number) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await seedData(client, { invites, users, offset });
  const version = (await client.query("SHOW server_version")).rows[0].server_version as string;
  await client.end();
  return version;
}

async function freshCodes(count: number, note: string, maxUses = 1): Promise<string[]> {
  const codes: string[] = [];
  for (let made = 0; made < count; made += 1_000) {
    const batch = await createInvites({ role: "MEMBER", maxUses, expiresAt: new Date(Date.now() + 24 * 3_600_000), note, count: Math.min(1_000, count - made), createdById: null });
    codes.push(...batch.invites.map((invite) => invite.display));
  }
  return codes;
}

async function withServer<T>(env: Record<string, string>, work: (server: AppServer) => Promise<T>): Promise<T> {
  // Behind a load balancer (TRUST_PROXY) each request speaks for its own client address, as real traffic does.
  const server = await startAppServer({ port: PORT, databaseUrl: database.url, env: { DB_POOL_SIZE: String(POOL_SIZE), TRUST_PROXY: "true", ...env } });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

const loadAverageAtStart = os.loadavg().map((load) => Math.round(load * 100) / 100);
const ratio = (value: number, reference: number) => round(value / reference, 2);
// --quick only checks that each measurement runs. CI runs it beside other suites, where a 3-second window can
// close before a starved server answers once; a count of answers cannot come back empty.
const loadWindow = (connections: number, seconds: number): LoadWindow => (quick ? { requests: 2 * connections } : { seconds });
const windowText = (window: LoadWindow) => ("requests" in window ? `${window.requests} answers` : `${window.seconds} s`);
const PASSWORD = "bench password 0123456789";

try {
  say(`seeding ${SMALL} invites`);
  const postgres = await seed(SMALL, SMALL, 0);

  say(`redeem latency with ${SMALL} invites`);
  const latencySmall = await benchRedeemLatency(SMALL, size.latencyRuns);

  say(`bulk create ${size.bulk}`);
  const bulk = await benchBulkCreate(database.url, size.bulk);

  const [previewCode] = await freshCodes(1, "bench preview", 10_000);
  const httpCodes = await freshCodes(size.codes, "bench http");
  const limitCodes = { "postgres.js": await freshCodes(size.codes, "bench limit"), pg: await freshCodes(size.codes, "bench limit"), prisma: await freshCodes(size.codes, "bench limit") };

  const front = await withServer({}, async (server) => {
    const pairWindow = loadWindow(PAIR_CONNECTIONS, size.pairSeconds);
    const redeemWindow = loadWindow(REDEEM_CONNECTIONS, size.seconds);
    const load = (path: string, extra: Parameters<typeof httpLoad>[1] = { path }) => httpLoad(server.url, { ...extra, path }, { connections: PAIR_CONNECTIONS, ...pairWindow });
    say(`warming up, then GET /api/ping beside POST /api/v1/invites/check, ${PAIR_CONNECTIONS} connections, ${windowText(pairWindow)} each`);
    await httpLoad(server.url, { path: "/login" }, { connections: 4, ...loadWindow(4, 2) });
    await httpLoad(server.url, { path: `/invite/${previewCode}` }, { connections: 4, ...loadWindow(4, 2) });
    const ping = await load("/api/ping");
    const check = await load("/api/v1/invites/check", { path: "", method: "POST", body: () => ({ code: previewCode }) });
    say("GET /login beside GET /invite/<code>");
    const login = await load("/login");
    const landing = await load(`/invite/${previewCode}`);

    say(`POST /api/v1/redeem: ${REDEEM_CONNECTIONS} connections for ${windowText(redeemWindow)}, after a warm-up`);
    let next = 0;
    await httpLoad(
      server.url,
      { method: "POST", path: "/api/v1/redeem", body: () => ({ code: httpCodes[next++ % httpCodes.length], email: `warm-${next}@bench.test`, name: "Warm", password: PASSWORD }) },
      { connections: POOL_SIZE, ...loadWindow(POOL_SIZE, 1), okStatus: 201 },
    );
    const redeem = await httpLoad(
      server.url,
      { method: "POST", path: "/api/v1/redeem", body: () => ({ code: httpCodes[next++ % httpCodes.length], email: `http-${next}@bench.test`, name: `Bench ${next}`, password: PASSWORD }) },
      { connections: REDEEM_CONNECTIONS, ...redeemWindow, okStatus: 201 },
    );
    if (next > httpCodes.length) throw new Error(`the HTTP run needed ${next} invites but only ${httpCodes.length} were made`);
    return { ping, check, login, landing, redeem: { ...redeem, peakRssMb: round(server.peakRssMb()) } };
  });

  const limits: Record<string, Awaited<ReturnType<typeof measureRedeemLimit>>> = {};
  for (const driver of ["postgres.js", "pg", "prisma"] as const) {
    say(`the same redemption from plain Node through ${driver}, ${REDEEM_CONNECTIONS} at a time for ${size.seconds} s`);
    limits[driver] = await measureRedeemLimit({ driver, databaseUrl: database.url, codes: limitCodes[driver], concurrency: REDEEM_CONNECTIONS, poolSize: POOL_SIZE, seconds: size.seconds });
  }
  const limitDriver = limits["postgres.js"]!.throughput >= limits.pg!.throughput ? "postgres.js" : "pg";
  const limit = limits[limitDriver]!;

  const threadPool: Record<string, { throughput: number; p99Ms: number }> = {};
  if (!quick) {
    for (const threads of [String(os.cpus().length), "4", "8"]) {
      say(`POST /api/v1/redeem with UV_THREADPOOL_SIZE=${threads}`);
      const codes = await freshCodes(size.codes, `bench threads ${threads}`);
      let next = 0;
      const run = await withServer({ UV_THREADPOOL_SIZE: threads }, (server) =>
        httpLoad(
          server.url,
          { method: "POST", path: "/api/v1/redeem", body: () => ({ code: codes[next++ % codes.length], email: `t${threads}-${next}@bench.test`, name: "Bench", password: PASSWORD }) },
          { connections: REDEEM_CONNECTIONS, seconds: size.seconds, okStatus: 201 },
        ),
      );
      threadPool[threads] = { throughput: run.throughput, p99Ms: run.p99Ms };
    }
  }

  say(`seeding up to ${size.invites} invites, ${redemptionsFor(size.invites)} redemptions, ${size.users} users (generate_series)`);
  const seedStart = Date.now();
  await seed(size.invites - SMALL, size.users - SMALL, SMALL);
  const seedSeconds = round((Date.now() - seedStart) / 1000);

  say(`inviteStats() x ${size.runs}`);
  const stats = await benchStats(size.runs);

  say(`redeem latency with ${stats.invites} invites`);
  const latencyLarge = await benchRedeemLatency(stats.invites, size.latencyRuns);

  say(`pages, API and export with ${stats.invites} invites`);
  const scale = await withServer({}, (server) =>
    benchDataScale({ baseUrl: server.url, runs: size.runs, invites: stats.invites, exportMaxSeconds: size.exportMaxSeconds, peakRssMb: server.peakRssMb }),
  );

  const scaleOut = quick ? null : await benchScaleOut({ seconds: size.seconds, connections: REDEEM_CONNECTIONS, codes: size.codes, say });

  const targets = [
    { name: "invite check ÷ empty route (throughput)", value: ratio(front.check.throughput, front.ping.throughput), target: "≥ 0.7", met: front.check.throughput / front.ping.throughput >= 0.7 },
    { name: "/invite/<code> ÷ /login (throughput)", value: ratio(front.landing.throughput, front.login.throughput), target: "≥ 0.7", met: front.landing.throughput / front.login.throughput >= 0.7 },
    { name: `redeem HTTP ÷ plain-Node limit (${limitDriver}), throughput`, value: ratio(front.redeem.throughput, limit.throughput), target: "≥ 0.85", met: front.redeem.throughput / limit.throughput >= 0.85 },
    { name: `redeem HTTP ÷ limit (${limitDriver}), p99`, value: ratio(front.redeem.p99Ms, limit.p99Ms), target: "≤ 2", met: front.redeem.p99Ms / limit.p99Ms <= 2 },
    { name: "inviteStats() median, ms", value: stats.medianMs, target: "≤ 100", met: stats.medianMs <= 100 },
    ...scale.pages.map((page) => ({ name: `${page.name} median, ms`, value: page.medianMs, target: `≤ ${page.targetMs}`, met: page.status === 200 && page.medianMs <= page.targetMs })),
    {
      name: `export of ${stats.invites} invites, s${scale.exportAll.complete ? "" : " (projected)"}`,
      value: scale.exportAll.projectedSeconds,
      target: "≤ 30",
      met: scale.exportAll.complete && scale.exportAll.seconds <= 30,
    },
    { name: "one redemption, large ÷ small table", value: ratio(latencyLarge.medianMs, latencySmall.medianMs), target: "≤ 1.2", met: latencyLarge.medianMs / latencySmall.medianMs <= 1.2 },
  ];

  const results = {
    date: new Date().toISOString(),
    quick,
    large,
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres,
      os: `${os.type()} ${os.release()}`,
      // Other work on the machine skews every figure; the ratios less, since each is measured beside its reference.
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg().map((load) => round(load, 2)),
    },
    sizes: { invites: stats.invites, redemptions: stats.redemptions, users: size.users, seedSeconds },
    targets,
    front: { ...front, connections: PAIR_CONNECTIONS },
    redeemLimits: { ...limits, reference: limitDriver, concurrency: REDEEM_CONNECTIONS, poolSize: POOL_SIZE },
    prismaRawVersusLimit: ratio(limits.prisma!.throughput, limit.throughput),
    threadPool,
    bulkCreate: bulk,
    stats,
    redeemLatency: { small: latencySmall, large: latencyLarge },
    dataScale: scale,
    scaleOut,
  };

  const ms = (load: { throughput: number; p50Ms: number; p99Ms: number; errors: number }) => `${load.throughput}/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors`;
  console.log("\nmeasured beside its reference:");
  console.table({
    "GET /api/ping": ms(front.ping),
    "POST /api/v1/invites/check": ms(front.check),
    "GET /login": ms(front.login),
    "GET /invite/<code>": ms(front.landing),
    "POST /api/v1/redeem": `${ms(front.redeem)}, peak RSS ${front.redeem.peakRssMb} MB`,
    ...Object.fromEntries(Object.entries(limits).map(([driver, load]) => [`limit through ${driver}`, ms(load)])),
    ...Object.fromEntries(Object.entries(threadPool).map(([threads, run]) => [`redeem, UV_THREADPOOL_SIZE=${threads}`, `${run.throughput}/s, p99 ${run.p99Ms} ms`])),
    ...(scaleOut ? { "redeem, 1 instance (topology)": ms(scaleOut.one), "redeem, 3 instances behind HAProxy": ms(scaleOut.three) } : {}),
    [`export of ${stats.invites} invites`]: `${scale.exportAll.rows} rows in ${scale.exportAll.seconds} s (${scale.exportAll.rowsPerSecond}/s${scale.exportAll.complete ? "" : ", cut off"}), peak RSS ${scale.exportAll.peakRssMb} MB`,
  });
  console.log("\ntargets:");
  console.table(Object.fromEntries(targets.map((row) => [row.name, { value: row.value, target: row.target, met: row.met ? "yes" : "MISSED" }])));

  const missing = [
    front.redeem.ok === 0 && "HTTP redeem had no successful redemption",
    front.check.ok === 0 && "the invite check answered no request",
    front.landing.ok === 0 && "the invite page answered no request",
    Object.values(limits).some((load) => load.ok === 0) && "a limit run had no successful redemption",
    scale.pages.some((page) => page.status !== 200) && `a page did not answer 200: ${scale.pages.filter((page) => page.status !== 200).map((page) => `${page.name} ${page.status}`).join(", ")}`,
    scale.exportAll.rows <= 0 && "the export returned no rows",
    !(stats.runs > 0 && stats.medianMs > 0) && "inviteStats was not measured",
  ].filter(Boolean);

  await mkdir("bench/results", { recursive: true });
  const file = `bench/results/${quick ? "quick" : large ? "large" : "latest"}.json`;
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  say(`wrote ${file}`);
  if (missing.length) throw new Error(`measurements that did not run: ${missing.join("; ")}`);
} finally {
  await db.$disconnect();
  await database.drop();
}
