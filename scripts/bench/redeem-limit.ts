import { randomUUID } from "node:crypto";
import pg from "pg";
import postgres from "postgres";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { normalizeCode } from "@/lib/invites/codes";
import { REDEEM_STATEMENT, redeemStatementParams } from "@/lib/invites/redeem-statement";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { percentile, round } from "./measure";

export type LoadResult = { requests: number; ok: number; errors: number; seconds: number; throughput: number; p50Ms: number; p99Ms: number };
export type Driver = "postgres.js" | "pg" | "prisma";

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** The three ways this process can send SQL: postgres.js, node-postgres, and Prisma's raw query path (lib/db). */
function connect(driver: Driver, databaseUrl: string, poolSize: number): { query: Query; end: () => Promise<void> } {
  if (driver === "postgres.js") {
    const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => undefined });
    return { query: (text, params) => sql.unsafe(text, params as never[]) as unknown as Promise<Record<string, unknown>[]>, end: () => sql.end() };
  }
  if (driver === "pg") {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
    return { query: async (text, params) => (await pool.query(text, params)).rows, end: () => pool.end() };
  }
  return { query: (text, params) => db.$queryRawUnsafe(text, ...params), end: async () => undefined };
}

/*
 * The ceiling for a redemption on this machine: the same reads, the same argon2id parameters and the very same
 * statement as redeemInvite() (REDEEM_STATEMENT), issued from a plain Node process over a pool of the app's
 * size — no HTTP, no framework, no rate limit. The app's throughput is reported as a fraction of this.
 */
async function redeemDirect(query: Query, code: string, email: string): Promise<boolean> {
  const codeHash = hashSecret(normalizeCode(code));
  const [invite] = await query(`SELECT id::text AS id FROM invites WHERE code_hash = $1`, [codeHash]);
  if (!invite) return false;
  if ((await query(`SELECT 1 FROM users WHERE email = $1`, [email])).length) return false;
  const passwordHash = await hashPassword("bench password 0123456789");
  const params = redeemStatementParams({ inviteId: String(invite.id), now: new Date(), email, name: "Bench", passwordHash, ip: "127.0.0.1", userAgent: "bench" });
  return (await query(REDEEM_STATEMENT, params)).length === 1;
}

/** `concurrency` loops redeeming distinct codes for `seconds` through `driver`. */
export async function measureRedeemLimit(args: { driver: Driver; databaseUrl: string; codes: string[]; concurrency: number; poolSize: number; seconds: number }): Promise<LoadResult> {
  const client = connect(args.driver, args.databaseUrl, args.poolSize);
  // Untimed: open the pool's connections and warm the code paths, as the HTTP run's warm-up does.
  let next = args.poolSize;
  await Promise.all(args.codes.slice(0, next).map((code, i) => redeemDirect(client.query, code, `warm-${i}-${randomUUID().slice(0, 6)}@bench.test`)));
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const started = Date.now();
  const stopAt = started + args.seconds * 1000;
  await Promise.all(
    Array.from({ length: args.concurrency }, async () => {
      while (Date.now() < stopAt && next < args.codes.length) {
        const i = next++;
        const t0 = performance.now();
        try {
          if (await redeemDirect(client.query, args.codes[i]!, `limit-${i}-${randomUUID().slice(0, 6)}@bench.test`)) ok++;
          else errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  await client.end();
  const seconds = (Date.now() - started) / 1000;
  if (next >= args.codes.length) throw new Error(`the ${args.driver} limit ran out of invites (${args.codes.length}) before ${args.seconds} s`);
  return {
    requests: latencies.length,
    ok,
    errors,
    seconds: round(seconds),
    throughput: round(ok / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
  };
}
