import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import type { StatsRange } from "./stats-range";

export type Conversion = { invites: number; offeredUses: number; redeemedUses: number; rate: number };
export type RoleUsage = { role: Role; redemptions: number; invites: number };
export type CreatorUsage = { creatorId: string | null; email: string | null; name: string | null; redemptions: number; invites: number };
export type BatchUsage = { batchId: string | null; note: string | null; redemptions: number; invites: number };
export type InviterUsage = { inviterId: string; email: string; name: string; accounts: number; disabled: number };
export type InviteUsage = { id: string; prefix: string; note: string | null; role: Role; uses: number; maxUses: number; redemptions: number };

const TOP = 20;

/**
 * Of the uses offered by invites created in the range, how many have been taken (from the hourly rollup of
 * invites by creation time; first-admin invites are not counted).
 */
export async function conversion(range: StatsRange): Promise<Conversion> {
  const [row] = await db.$queryRaw<{ invites: bigint; offered: bigint; redeemed: bigint }[]>`
    SELECT coalesce(sum(invites), 0)::bigint AS invites, coalesce(sum(offered), 0)::bigint AS offered, coalesce(sum(redeemed), 0)::bigint AS redeemed
    FROM invite_created_facts(${range.start}, ${range.end})`;
  const offeredUses = Number(row?.offered ?? 0);
  const redeemedUses = Number(row?.redeemed ?? 0);
  return { invites: Number(row?.invites ?? 0), offeredUses, redeemedUses, rate: offeredUses ? redeemedUses / offeredUses : 0 };
}

export type RedemptionBreakdowns = { byRole: RoleUsage[]; byCreator: CreatorUsage[]; byBatch: BatchUsage[]; mostUsed: InviteUsage[] };

/**
 * The redemptions made in the range grouped by a property of the invite used — which role it granted, who
 * created it, which batch it came from, the invite itself — in one statement. The range's rows are read once
 * from the hourly rollup (redemption_facts, which carries those properties: one narrow table, no join per
 * redemption) and summed per invite; every grouping then works on those sums, where "invites used" is a plain
 * count (no DISTINCT, whose sort spills to disk at this size). Names are looked up for the returned rows only.
 * Ties are broken by id, so the tables show the same rows on every load.
 */
export async function redemptionBreakdowns(range: StatsRange): Promise<RedemptionBreakdowns> {
  const [row] = await db.$queryRaw<RedemptionBreakdowns[]>`
    WITH per_invite AS MATERIALIZED (
      SELECT invite_id, role, creator_id, batch_id, sum(redemptions)::int AS redemptions
      FROM redemption_facts(${range.start}, ${range.end}) GROUP BY invite_id, role, creator_id, batch_id
    ), by_creator AS (
      SELECT c.creator_id, u.email, u.name, c.redemptions, c.invites
      FROM (SELECT creator_id, sum(redemptions)::int AS redemptions, count(*)::int AS invites FROM per_invite GROUP BY creator_id) c
      LEFT JOIN users u ON u.id = c.creator_id
      ORDER BY c.redemptions DESC, u.email NULLS LAST LIMIT ${TOP}
    ), by_batch AS (
      SELECT batch_id, sum(redemptions)::int AS redemptions, count(*)::int AS invites
      FROM per_invite GROUP BY batch_id ORDER BY redemptions DESC, batch_id NULLS LAST LIMIT ${TOP}
    ), by_invite AS (
      SELECT invite_id, redemptions FROM per_invite ORDER BY redemptions DESC, invite_id LIMIT ${TOP}
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('role', role, 'redemptions', redemptions, 'invites', invites)
                                ORDER BY redemptions DESC, role), '[]')
       FROM (SELECT role, sum(redemptions)::int AS redemptions, count(*)::int AS invites FROM per_invite GROUP BY role) r) AS "byRole",
      (SELECT coalesce(json_agg(json_build_object('creatorId', creator_id, 'email', email, 'name', name,
                                                  'redemptions', redemptions, 'invites', invites)
                                ORDER BY redemptions DESC, email NULLS LAST), '[]') FROM by_creator) AS "byCreator",
      (SELECT coalesce(json_agg(json_build_object('batchId', b.batch_id,
                                                  'note', (SELECT i.note FROM invites i WHERE i.batch_id = b.batch_id LIMIT 1),
                                                  'redemptions', b.redemptions, 'invites', b.invites)
                                ORDER BY b.redemptions DESC, b.batch_id NULLS LAST), '[]') FROM by_batch b) AS "byBatch",
      (SELECT coalesce(json_agg(json_build_object('id', i.id, 'prefix', i.prefix, 'note', i.note, 'role', i.role, 'uses', i.uses,
                                                  'maxUses', i.max_uses, 'redemptions', v.redemptions)
                                ORDER BY v.redemptions DESC, v.invite_id), '[]')
       FROM by_invite v JOIN invites i ON i.id = v.invite_id) AS "mostUsed"`;
  return row!;
}

/**
 * Accounts that joined in the range, by who invited them (the invite tree's link, which existing-account
 * redemptions also set when the account had no inviter), with how many of them are disabled now: a spike of
 * disabled invitees under one inviter is where abuse tracing starts. From the hourly rollup of accounts.
 */
export function accountsByInviter(range: StatsRange): Promise<InviterUsage[]> {
  return db.$queryRaw<InviterUsage[]>`
    WITH usage AS (
      SELECT inviter_id, sum(accounts)::int AS accounts, sum(disabled)::int AS disabled
      FROM invited_account_facts(${range.start}, ${range.end}) GROUP BY inviter_id HAVING sum(accounts) > 0
    )
    SELECT inviter.id::text AS "inviterId", inviter.email, inviter.name, usage.accounts, usage.disabled
    FROM usage JOIN users inviter ON inviter.id = usage.inviter_id
    ORDER BY usage.accounts DESC, inviter.email LIMIT ${TOP}`;
}
