import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { GUESSES_PER_IP, guessKey, recordInvalidGuess } from "@/lib/rate-limit/code-guess-limit";
import { rateLimitWindow } from "@/lib/rate-limit/rate-limit";
import { hashSecret, matchesHash } from "@/lib/secrets/hashed-secret";

export type FoundInvite = {
  id: string;
  role: Role;
  prefix: string;
  maxUses: number;
  uses: number;
  expiresAt: Date;
  revokedAt: Date | null;
  boundEmail: string | null;
  allowedDomains: string[];
  /** Who made it, by name: null for the first-admin invite or a deleted account. */
  inviterName: string | null;
};

/** An administrator's pause of all redemptions, with the note shown to people; null while redemptions are open. */
export type Pause = { message: string | null } | null;

export type CodeLookup = ({ status: "found"; invite: FoundInvite } | { status: "invalid" } | { status: "rate_limited"; retryAfter: number }) & { pause: Pause };

type Row = FoundInvite & { codeHash: Uint8Array | null; seen: number; counted: number | null; paused: boolean; pauseMessage: string | null };

/**
 * An invite by the hash of its canonical code, under the per-IP guess limit, in one statement and one round
 * trip. The statement reads the client's counter and the invite from the same snapshot; only when no invite
 * matched does it count a guess, and only while the client is under the limit (the upsert's row lock orders
 * parallel guesses, so they cannot all slip under it). A client at the limit is refused whatever it sent, so
 * the answer says nothing about the code. Earlier this took three round trips: count, look up, give back. The
 * same statement reads the pause switch and the inviter's name, which every caller needs next: one round trip
 * for the invite page, the check and the start of every redemption. A guess counts while paused too, so a pause
 * never makes the check a free oracle.
 */
export async function lookUpCode(canonicalCode: string, ip: string | null): Promise<CodeLookup> {
  const codeHash = hashSecret(canonicalCode);
  const key = guessKey(ip);
  const window = rateLimitWindow(GUESSES_PER_IP, now());
  const [row] = await db.$queryRaw<Row[]>`
    WITH found AS (
      SELECT id, code_hash, role, prefix, max_uses, uses, expires_at, revoked_at, bound_email, allowed_domains, created_by_id
      FROM invites WHERE code_hash = ${new Uint8Array(codeHash)}
    ), seen AS (
      SELECT count FROM rate_limits WHERE key = ${key}::text AND window_start = ${window.start}::timestamptz
    ), counted AS (
      INSERT INTO rate_limits AS r (key, window_start, count)
      SELECT ${key}::text, ${window.start}::timestamptz, 1 WHERE NOT EXISTS (SELECT 1 FROM found)
      ON CONFLICT (key, window_start) DO UPDATE SET count = r.count + 1 WHERE r.count < ${GUESSES_PER_IP.limit}::int
      RETURNING count
    )
    SELECT coalesce((SELECT count FROM seen), 0)::int AS seen, (SELECT count FROM counted) AS counted,
           found.id::text AS id, found.code_hash AS "codeHash", found.role::text AS role, found.prefix,
           found.max_uses AS "maxUses", found.uses, found.expires_at AS "expiresAt", found.revoked_at AS "revokedAt",
           found.bound_email AS "boundEmail", coalesce(found.allowed_domains, '{}') AS "allowedDomains",
           creator.name AS "inviterName", settings.redemptions_paused AS paused, settings.pause_message AS "pauseMessage"
    FROM (VALUES (1)) AS one (x) LEFT JOIN found ON true LEFT JOIN users creator ON creator.id = found.created_by_id
    CROSS JOIN settings WHERE settings.id = 1`;
  if (!row) throw new Error("lookUpCode: the statement returned no row");
  const pause: Pause = row.paused ? { message: row.pauseMessage } : null;
  if (row.codeHash) {
    if (row.seen >= GUESSES_PER_IP.limit) return { status: "rate_limited", retryAfter: window.retryAfter, pause };
    if (!matchesHash(row.codeHash, codeHash)) return { status: "invalid", pause };
    const { id, role, prefix, maxUses, uses, expiresAt, revokedAt, boundEmail, allowedDomains, inviterName } = row;
    return { status: "found", invite: { id, role, prefix, maxUses, uses, expiresAt, revokedAt, boundEmail, allowedDomains, inviterName }, pause };
  }
  if (row.counted === null) return { status: "rate_limited", retryAfter: window.retryAfter, pause };
  await recordInvalidGuess(ip);
  return { status: "invalid", pause };
}
