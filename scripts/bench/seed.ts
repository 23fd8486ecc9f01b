import type pg from "pg";

/** Three invites in ten are redeemed (see below); `users` counts every account, at least the redeemers. */
export type SeedCounts = { invites: number; users: number };

export const redemptionsFor = (invites: number) => Math.floor(invites / 10) * 3 + Math.min(3, invites % 10);

/*
 * Bulk data shaped like production's, made by PostgreSQL itself with generate_series (not row by row).
 *
 * - Ids are RFC 4122 version-4 UUIDs: 122 bits of a hash of the series number, with the version and variant
 *   bits set as gen_random_uuid() sets them — random-looking and valid, and reproducible so that invites,
 *   users and redemptions line up without a lookup table.
 * - Invites come in batches, as createInvites() makes them: one statement, so every invite of a batch has the
 *   very same created_at (ties, by the hundred). Batches of 1 to 100, spread over the last year, most of them
 *   MEMBER invites for one use, some for a team (5, 10, 100 uses), expiring 7 to 365 days after creation, one
 *   batch in fifty revoked; created by one of twenty staff accounts.
 * - Three invites in ten are redeemed, each by its own user, at a time between its creation and its expiry
 *   (never in the future), by an account that records the invite's creator as its inviter (the invite tree);
 *   each redemption has its audit event, as redeemInvite() writes them; one attempt in twenty failed and left an
 *   `invite.redeem_failed` event.
 * - Users beyond the redemptions (accounts made before invites, by admins) make up `users` in total.
 * `offset` (a multiple of ten) continues an earlier seeding of `offset` invites without colliding with it.
 */
const V4 = (seed: string) =>
  `overlay(overlay(md5(${seed}) placing '4' from 13 for 1) placing substr('89ab', 1 + get_byte(decode(md5(${seed}), 'hex'), 8) % 4, 1) from 17 for 1)::uuid`;

export async function seedData(client: pg.Client, counts: SeedCounts & { offset?: number }): Promise<void> {
  const { invites, users, offset = 0 } = counts;
  if (offset % 10 !== 0) throw new Error("seedData: continue from a multiple of ten invites");
  const redemptions = redemptionsFor(invites);
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, role, created_at)
     SELECT ${V4("'staff' || g")}, 'staff-' || g || '@bench.test', 'Staff ' || g, 'not-a-real-hash',
            (ARRAY['ADMIN', 'EDITOR']::"Role"[])[1 + g % 2], now() - interval '400 days'
     FROM generate_series(1, 20) AS g
     ON CONFLICT DO NOTHING`,
  );
  // Invite g is in batch b: each block of a hundred is cut into batches of 1 to 100.
  await client.query(
    `INSERT INTO invites (id, code_hash, prefix, role, max_uses, uses, expires_at, created_at, revoked_at, note, batch_id, created_by_id)
     SELECT ${V4("'i' || g")},
            sha256(convert_to('seed-invite-' || g, 'UTF8')),
            upper(substr(md5('p' || g), 1, 4)),
            CASE WHEN b % 20 = 0 THEN 'EDITOR' WHEN b % 20 = 1 THEN 'OPS' WHEN b % 50 = 2 THEN 'ADMIN' ELSE 'MEMBER' END::"Role",
            CASE WHEN b % 10 = 3 THEN 5 WHEN b % 25 = 4 THEN 10 WHEN b % 100 = 5 THEN 100 ELSE 1 END,
            CASE WHEN g % 10 < 3 THEN 1 ELSE 0 END,
            created + (CASE WHEN b % 10 < 5 THEN 30 WHEN b % 10 < 7 THEN 7 WHEN b % 10 < 9 THEN 90 ELSE 365 END) * interval '1 day',
            created,
            CASE WHEN b % 50 = 7 THEN least(now(), created + interval '1 day') END,
            'seed batch ' || b,
            ${V4("'b' || b")},
            ${V4("'staff' || (1 + b % 20)")}
     FROM generate_series($2::bigint + 1, $2::bigint + $1::bigint) AS g,
          LATERAL (SELECT (g / 100) * 100 + (g % 100) / (1 + (g / 100) % 100) AS b) AS batch,
          LATERAL (SELECT date_trunc('milliseconds', now() - (365 * interval '1 day') * ((b * 7919) % 100003) / 100003.0) AS created) AS made`,
    [invites, offset],
  );
  // Invite g with g % 10 < 3 is the (g / 10 * 3 + g % 10)-th redeemed one: users and redemptions line up.
  await client.query(
    `WITH redeemed AS (
       SELECT i.id AS invite_id, i.role, i.prefix, i.created_by_id, ${V4("'u' || (g / 10 * 3 + g % 10)")} AS user_id,
              g / 10 * 3 + g % 10 AS u,
              i.created_at + (least(i.expires_at, now()) - i.created_at) * ((g * 104729) % 1000) / 1000.0 AS at
       FROM generate_series($2::bigint + 1, $2::bigint + $1::bigint) AS g
       JOIN invites i ON i.id = ${V4("'i' || g")}
       WHERE g % 10 < 3
     ), made AS (
       INSERT INTO users (id, email, name, password_hash, role, created_at, invited_by_id)
       SELECT user_id, 'seed-' || u || '@bench.test', 'Seed ' || u, 'not-a-real-hash', role, at, created_by_id FROM redeemed
     ), used AS (
       INSERT INTO redemptions (invite_id, user_id, created_at, ip, user_agent)
       SELECT invite_id, user_id, at, '198.18.' || (u / 256 % 256) || '.' || (u % 256), 'Mozilla/5.0 (bench)' FROM redeemed
     )
     INSERT INTO audit_events (actor_id, action, target, ip, detail, created_at)
     SELECT user_id, 'invite.redeem', invite_id::text, '198.18.' || (u / 256 % 256) || '.' || (u % 256),
            jsonb_build_object('role', role, 'prefix', prefix, 'userAgent', 'Mozilla/5.0 (bench)'), at
     FROM redeemed`,
    [invites, offset],
  );
  await client.query(
    `INSERT INTO audit_events (action, target, ip, detail, created_at)
     SELECT 'invite.redeem_failed', NULL, '203.0.113.' || (g % 256),
            jsonb_build_object('reason', (ARRAY['invalid', 'expired', 'exhausted', 'email_taken'])[1 + g % 4], 'userAgent', 'Mozilla/5.0 (bench)'),
            now() - (365 * interval '1 day') * ((g * 7919) % 100003) / 100003.0
     FROM generate_series($2::bigint + 1, $2::bigint + $1::bigint) AS g`,
    [Math.round(redemptions / 20), offset],
  );
  const extraUsers = Math.max(0, users - redemptions);
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, role, created_at)
     SELECT ${V4("'x' || g")}, 'member-' || g || '@bench.test', 'Member ' || g, 'not-a-real-hash', 'MEMBER',
            now() - (400 * interval '1 day') * ((g * 7919) % 100003) / 100003.0
     FROM generate_series($2::bigint + 1, $2::bigint + $1::bigint) AS g`,
    [extraUsers, redemptionsFor(offset) + offset],
  );
  // What autovacuum does to a table at rest: statistics, and the visibility map that index-only scans need.
  await client.query("VACUUM ANALYZE users, invites, invite_counts, redemptions, audit_events, redemption_hours, redemption_hour_totals, invite_created_hours, invited_account_hours");
}
