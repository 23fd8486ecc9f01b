import type pg from "pg";

/*
 * Bulk data for the benchmarks, made by PostgreSQL itself with generate_series (not row by row). Ids are
 * derived from the series number (md5 → uuid) so invites, users and redemptions line up without joins.
 * Invite g: role cycles through the four roles, max_uses 1–5, expiry spread from 20 days ago to 40 days
 * ahead, one in fifty revoked, a hundred distinct batches; the first `redemptions` of them are each redeemed once.
 * `offset` continues an earlier seeding without colliding with it.
 */
export async function seedInvites(client: pg.Client, counts: { invites: number; redemptions: number; offset?: number }): Promise<void> {
  const { invites, redemptions, offset = 0 } = counts;
  if (redemptions > invites) throw new Error("seedInvites: every seeded redemption needs its own invite");
  await client.query(
    `INSERT INTO users (id, email, name, password_hash, role)
     SELECT md5('u' || g)::uuid, 'seed-' || g || '@bench.test', 'Seed ' || g, 'not-a-real-hash', 'MEMBER'
     FROM generate_series($2::int + 1, $2::int + $1::int) AS g`,
    [redemptions, offset],
  );
  await client.query(
    `INSERT INTO invites (id, code_hash, prefix, role, max_uses, uses, expires_at, created_at, revoked_at, note, batch_id)
     SELECT md5('i' || g)::uuid,
            sha256(convert_to('seed-invite-' || g, 'UTF8')),
            upper(substr(md5(g::text), 1, 4)),
            (ARRAY['ADMIN', 'EDITOR', 'OPS', 'MEMBER']::"Role"[])[1 + g % 4],
            1 + g % 5,
            CASE WHEN g <= $3::int + $2::int THEN 1 ELSE 0 END,
            now() + ((g % 60) - 20) * interval '1 day',
            now() - (g % 365) * interval '1 day',
            CASE WHEN g % 50 = 0 THEN now() END,
            'seed batch ' || (g % 100),
            md5('b' || (g % 100))::uuid
     FROM generate_series($3::int + 1, $3::int + $1::int) AS g`,
    [invites, redemptions, offset],
  );
  await client.query(
    `INSERT INTO redemptions (invite_id, user_id, created_at, ip, user_agent)
     SELECT md5('i' || g)::uuid, md5('u' || g)::uuid, now() - (g % 90) * interval '1 day', '127.0.0.1', 'bench'
     FROM generate_series($2::int + 1, $2::int + $1::int) AS g`,
    [redemptions, offset],
  );
  // What autovacuum does to a table at rest: statistics, and the visibility map that index-only scans need.
  await client.query("VACUUM ANALYZE users, invites, invite_counts, redemptions");
}
