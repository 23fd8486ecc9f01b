import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { hashCode, normalizeCode } from "@/lib/invites/codes";
import { REDEEM_STATEMENT, redeemStatementParams } from "@/lib/invites/redeem-statement";
import { percentile, round } from "./measure";

export type LoadResult = { requests: number; ok: number; errors: number; seconds: number; throughput: number; p50Ms: number; p99Ms: number };

/*
 * The ceiling for a redemption on this machine: the same reads, the same argon2id parameters and the very same
 * statement as redeemInvite() (REDEEM_STATEMENT), issued from a plain Node process over a `pg` pool of the app's
 * size — no HTTP, no framework, no ORM, no rate limit. The app's throughput is reported as a fraction of this.
 */
async function redeemDirect(pool: pg.Pool, code: string, email: string): Promise<boolean> {
  const codeHash = hashCode(normalizeCode(code));
  const invite = (await pool.query(`SELECT id, role, prefix FROM invites WHERE code_hash = $1`, [codeHash])).rows[0];
  if (!invite) return false;
  if ((await pool.query(`SELECT 1 FROM users WHERE email = $1`, [email])).rowCount) return false;
  const passwordHash = await hashPassword("bench password 0123456789");
  const params = redeemStatementParams({ inviteId: invite.id, now: new Date(), email, name: "Bench", passwordHash, ip: "127.0.0.1", userAgent: "bench" });
  return (await pool.query(REDEEM_STATEMENT, params)).rowCount === 1;
}

/** `concurrency` loops redeeming distinct codes for `seconds`. */
export async function measureRedeemLimit(args: { databaseUrl: string; codes: string[]; concurrency: number; poolSize: number; seconds: number }): Promise<LoadResult> {
  const pool = new pg.Pool({ connectionString: args.databaseUrl, max: args.poolSize });
  const latencies: number[] = [];
  let next = 0;
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
          if (await redeemDirect(pool, args.codes[i]!, `limit-${i}-${randomUUID().slice(0, 6)}@bench.test`)) ok++;
          else errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  await pool.end();
  const seconds = (Date.now() - started) / 1000;
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

