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

/** Of the uses offered by invites created in the range, how many have been taken. */
export async function conversion(range: StatsRange): Promise<Conversion> {
  const [row] = await db.$queryRaw<{ invites: number; offered: bigint; redeemed: bigint }[]>`
    SELECT count(*)::int AS invites, coalesce(sum(max_uses), 0)::bigint AS offered, coalesce(sum(uses), 0)::bigint AS redeemed
    FROM invites WHERE created_at >= ${range.start} AND created_at < ${range.end}`;
  const offeredUses = Number(row?.offered ?? 0);
  const redeemedUses = Number(row?.redeemed ?? 0);
  return { invites: row?.invites ?? 0, offeredUses, redeemedUses, rate: offeredUses ? redeemedUses / offeredUses : 0 };
}

/*
 * The breakdowns below group the redemptions made in the range (the redemptions index bounds the scan) by a
 * property of the invite used: which role it granted, who created it, which batch it came from.
 */
export function usageByRole(range: StatsRange): Promise<RoleUsage[]> {
  return db.$queryRaw<RoleUsage[]>`
    SELECT i.role, count(*)::int AS redemptions, count(DISTINCT i.id)::int AS invites
    FROM redemptions r JOIN invites i ON i.id = r.invite_id
    WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end}
    GROUP BY i.role ORDER BY redemptions DESC, i.role`;
}

export function usageByCreator(range: StatsRange): Promise<CreatorUsage[]> {
  return db.$queryRaw<CreatorUsage[]>`
    SELECT i.created_by_id::text AS "creatorId", u.email, u.name,
           count(*)::int AS redemptions, count(DISTINCT i.id)::int AS invites
    FROM redemptions r JOIN invites i ON i.id = r.invite_id LEFT JOIN users u ON u.id = i.created_by_id
    WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end}
    GROUP BY i.created_by_id, u.email, u.name ORDER BY redemptions DESC, u.email NULLS LAST LIMIT ${TOP}`;
}

export function usageByBatch(range: StatsRange): Promise<BatchUsage[]> {
  return db.$queryRaw<BatchUsage[]>`
    SELECT i.batch_id::text AS "batchId", min(i.note) AS note,
           count(*)::int AS redemptions, count(DISTINCT i.id)::int AS invites
    FROM redemptions r JOIN invites i ON i.id = r.invite_id
    WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end}
    GROUP BY i.batch_id ORDER BY redemptions DESC, note NULLS LAST LIMIT ${TOP}`;
}

export function mostUsedInvites(range: StatsRange): Promise<InviteUsage[]> {
  return db.$queryRaw<InviteUsage[]>`
    SELECT i.id::text AS id, i.prefix, i.note, i.role, i.uses, i.max_uses AS "maxUses", count(*)::int AS redemptions
    FROM redemptions r JOIN invites i ON i.id = r.invite_id
    WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end}
    GROUP BY i.id ORDER BY redemptions DESC, i.uses DESC, i.id LIMIT ${TOP}`;
}

/**
 * Accounts that joined in the range, by who invited them (the invite tree's link, which existing-account
 * redemptions also set when the account had no inviter), with how many of them are disabled now: a spike of
 * disabled invitees under one inviter is where abuse tracing starts.
 */
export function accountsByInviter(range: StatsRange): Promise<InviterUsage[]> {
  return db.$queryRaw<InviterUsage[]>`
    SELECT inviter.id::text AS "inviterId", inviter.email, inviter.name,
           count(*)::int AS accounts, count(*) FILTER (WHERE u.disabled)::int AS disabled
    FROM users u JOIN users inviter ON inviter.id = u.invited_by_id
    WHERE u.created_at >= ${range.start} AND u.created_at < ${range.end}
    GROUP BY inviter.id ORDER BY accounts DESC, inviter.email LIMIT ${TOP}`;
}
