import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import pg from "pg";
import { createTestDatabase } from "@/tests/support/test-database";
import { startAppServer } from "@/tests/support/app-server";

/*
 * `npm run soak -- --minutes 10` (not in CI): mixed traffic against the production build for a while — invite
 * pages, code checks, redemptions, admin lists and a CSV export every minute — and, minute by minute, the
 * server's resident memory, the errors and the p99 of each kind of request. A leak shows as RSS that keeps
 * growing after the first minutes; a slow poisoning as a p99 that does. Writes bench/results/soak.json.
 */
const minutesArg = process.argv.indexOf("--minutes");
const minutes = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) : 10;
if (!(minutes > 0)) throw new Error("usage: npm run soak -- --minutes <n>");
const port = Number(process.env.BENCH_PORT ?? 3600);

const database = await createTestDatabase("soak");
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789-0123456789-0123456789";
const { db } = await import("@/lib/db");
const { createInvites } = await import("@/lib/invites/create-invites");
const { sessionCookie } = await import("@/tests/support/session-cookie");
const { seedData } = await import("./seed");
const { percentile, round } = await import("./measure");

type Kind = "landing" | "check" | "redeem" | "admin list" | "export";
type Minute = { minute: number; rssMb: number; requests: number; errors: number; p99Ms: Record<Kind, number> };

try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await seedData(client, { invites: 100_000, users: 100_000 });
  await client.end();
  const admin = await db.user.create({ data: { email: "soak-admin@bench.test", name: "Soak Admin", passwordHash: "not-a-real-hash", role: "ADMIN" } });
  const cookie = await sessionCookie(admin);
  const shown = (await createInvites({ role: "MEMBER", maxUses: 1_000_000, expiresAt: new Date(Date.now() + 86_400_000), note: "soak", count: 1, createdById: null })).invites[0]!.display;
  const fresh: string[] = [];
  const refill = async () => {
    const batch = await createInvites({ role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 86_400_000), note: "soak redeem", count: 1_000, createdById: admin.id });
    fresh.push(...batch.invites.map((invite) => invite.display));
  };
  await refill();

  const server = await startAppServer({ port, databaseUrl: database.url, env: { TRUST_PROXY: "true" } });
  const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  let current: { latencies: Record<Kind, number[]>; requests: number; errors: number };
  const reset = () => (current = { latencies: { landing: [], check: [], redeem: [], "admin list": [], export: [] }, requests: 0, errors: 0 });
  reset();
  let counter = 0;
  const stopAt = Date.now() + minutes * 60_000;

  async function call(kind: Kind, path: string, init: RequestInit, okStatus: number) {
    const started = performance.now();
    try {
      const response = await fetch(`${server.url}${path}`, init);
      await response.arrayBuffer();
      if (response.status !== okStatus) current.errors++;
    } catch {
      current.errors++;
    }
    current.requests++;
    current.latencies[kind].push(performance.now() - started);
  }
  const asClient = () => ({ "x-forwarded-for": `198.18.${(counter >> 8) & 255}.${counter++ & 255}` });
  const loops: Record<Kind, { workers: number; run: () => Promise<void> }> = {
    landing: { workers: 4, run: () => call("landing", `/invite/${shown}`, { headers: asClient() }, 200) },
    check: {
      workers: 4,
      run: () => call("check", "/api/v1/invites/check", { method: "POST", headers: { ...asClient(), "content-type": "application/json" }, body: JSON.stringify({ code: shown }) }, 200),
    },
    redeem: {
      workers: 4,
      run: async () => {
        if (fresh.length < 100) await refill();
        const code = fresh.pop()!;
        const body = JSON.stringify({ code, email: `soak-${counter}@bench.test`, name: "Soak", password: "soak password 0123456789" });
        await call("redeem", "/api/v1/redeem", { method: "POST", headers: { ...asClient(), "content-type": "application/json" }, body }, 201);
      },
    },
    "admin list": { workers: 2, run: () => call("admin list", `/admin/invites?q=seed%20batch%20${counter % 1000}`, { headers: { cookie } }, 200) },
    export: {
      workers: 1,
      run: async () => {
        await call("export", "/api/exports/invites", { headers: { cookie } }, 200);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(60_000, stopAt - Date.now()))));
      },
    },
  };

  const report: Minute[] = [];
  const ticker = setInterval(() => {
    const p99Ms = Object.fromEntries(Object.entries(current.latencies).map(([kind, values]) => [kind, round(percentile(values, 99))])) as Record<Kind, number>;
    const minute = { minute: report.length + 1, rssMb: round(rssMb()), requests: current.requests, errors: current.errors, p99Ms };
    report.push(minute);
    console.log(`[soak] minute ${minute.minute}: RSS ${minute.rssMb} MB, ${minute.requests} requests, ${minute.errors} errors, p99 ${JSON.stringify(p99Ms)}`);
    reset();
  }, 60_000);

  await Promise.all(
    Object.values(loops).flatMap(({ workers, run }) =>
      Array.from({ length: workers }, async () => {
        while (Date.now() < stopAt) await run();
      }),
    ),
  );
  clearInterval(ticker);
  await server.stop();

  console.table(report.map((row) => ({ minute: row.minute, "RSS MB": row.rssMb, requests: row.requests, errors: row.errors, ...Object.fromEntries(Object.entries(row.p99Ms).map(([kind, ms]) => [`p99 ${kind}`, ms])) })));
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/soak.json", `${JSON.stringify({ date: new Date().toISOString(), minutes, report }, null, 2)}\n`);
  console.log("[soak] wrote bench/results/soak.json");
} finally {
  await db.$disconnect();
  await database.drop();
}
