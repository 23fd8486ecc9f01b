import "server-only";
import { reachOf, ROLES, type Subject } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

export type InviteStats = {
  active: number;
  expired: number;
  exhausted: number;
  revoked: number;
  total: number;
  redemptions: { total: number; last24h: number; last7d: number };
  byRole: Record<Role, { invites: number; active: number; redemptions: number }>;
};

type RoleRow = { role: Role; total: bigint; active: bigint; expired: bigint; exhausted: bigint; revoked: bigint; uses: bigint };
type RedemptionRow = { last24h: bigint; last7d: bigint };

const HOUR = 3_600_000;

/**
 * The creator whose invites a subject's numbers count, per the policy's reach of "invites.read": null for all
 * invites (also when no one in particular asks, e.g. metrics), an id for "their own".
 */
export function statsOwner(subject?: Subject): string | null {
  if (!subject) return null;
  const reach = reachOf(subject, "invites.read");
  return reach && !reach.all ? reach.ownerId : null;
}

/**
 * All invites, without scanning them. The trigger-kept `invite_counts` rows say, per role and UTC expiry hour,
 * how many invites are revoked or exhausted; an hour bucket wholly in the past is expired, one wholly in the
 * future is not. Only the invites expiring within the current hour are read one by one (an index-only scan of
 * the expires_at index), since the clock alone decides their state.
 */
function allInviteCounts(at: Date) {
  const hourStart = new Date(Math.floor(at.getTime() / HOUR) * HOUR);
  const hourUtc = hourStart.toISOString().slice(0, 19).replace("T", " ");
  return db.$queryRaw<RoleRow[]>`
    SELECT role,
           sum(invites)::bigint AS total,
           coalesce(sum(invites) FILTER (WHERE revoked), 0)::bigint AS revoked,
           coalesce(sum(invites) FILTER (WHERE NOT revoked AND expired), 0)::bigint AS expired,
           coalesce(sum(invites) FILTER (WHERE NOT revoked AND NOT expired AND exhausted), 0)::bigint AS exhausted,
           coalesce(sum(invites) FILTER (WHERE NOT revoked AND NOT expired AND NOT exhausted), 0)::bigint AS active,
           coalesce(sum(uses), 0)::bigint AS uses
    FROM (
      SELECT role, revoked, exhausted, expires_hour < ${hourUtc}::timestamp AS expired, invites, uses
      FROM invite_counts WHERE expires_hour <> ${hourUtc}::timestamp
      UNION ALL
      SELECT role, revoked_at IS NOT NULL, uses >= max_uses, expires_at <= ${at}, 1, uses
      FROM invites WHERE expires_at >= ${hourStart} AND expires_at < ${new Date(hourStart.getTime() + HOUR)} AND NOT bootstrap
    ) AS buckets
    GROUP BY role`;
}

/** One creator's invites, through the created_by_id index: an editor's own list is small. */
function ownInviteCounts(owner: string, at: Date) {
  return db.$queryRaw<RoleRow[]>`
    SELECT role,
           count(*) AS total,
           count(*) FILTER (WHERE revoked_at IS NOT NULL) AS revoked,
           count(*) FILTER (WHERE revoked_at IS NULL AND expires_at <= ${at}) AS expired,
           count(*) FILTER (WHERE revoked_at IS NULL AND expires_at > ${at} AND uses >= max_uses) AS exhausted,
           count(*) FILTER (WHERE revoked_at IS NULL AND expires_at > ${at} AND uses < max_uses) AS active,
           coalesce(sum(uses), 0)::bigint AS uses
    FROM invites WHERE created_by_id = ${owner}::uuid GROUP BY role`;
}

/** Redemptions in the last 24 h and 7 d, through the created_at index. */
function recentRedemptions(owner: string | null, at: Date) {
  return db.$queryRaw<RedemptionRow[]>`
    SELECT count(*) FILTER (WHERE created_at > ${new Date(at.getTime() - 24 * HOUR)}) AS last24h,
           count(*) AS last7d
    FROM redemptions
    WHERE created_at > ${new Date(at.getTime() - 7 * 24 * HOUR)}
      AND (${owner}::uuid IS NULL OR invite_id IN (SELECT id FROM invites WHERE created_by_id = ${owner}::uuid))`;
}

/**
 * Counts by derived state, all computed by PostgreSQL; at most four rows (one per role) come back. For a subject
 * who reaches only their own invites (an EDITOR), only those count. The total of redemptions is the sum of uses.
 */
export async function inviteStats(subject?: Subject): Promise<InviteStats> {
  const at = now();
  const owner = statsOwner(subject);
  const [roleRows, [redemptions]] = await Promise.all([
    owner ? ownInviteCounts(owner, at) : allInviteCounts(at),
    recentRedemptions(owner, at),
  ]);

  const stats: InviteStats = {
    active: 0,
    expired: 0,
    exhausted: 0,
    revoked: 0,
    total: 0,
    redemptions: { total: 0, last24h: Number(redemptions?.last24h ?? 0), last7d: Number(redemptions?.last7d ?? 0) },
    byRole: Object.fromEntries(ROLES.map((role) => [role, { invites: 0, active: 0, redemptions: 0 }])) as InviteStats["byRole"],
  };
  for (const row of roleRows) {
    stats.active += Number(row.active);
    stats.expired += Number(row.expired);
    stats.exhausted += Number(row.exhausted);
    stats.revoked += Number(row.revoked);
    stats.total += Number(row.total);
    stats.redemptions.total += Number(row.uses);
    stats.byRole[row.role] = { invites: Number(row.total), active: Number(row.active), redemptions: Number(row.uses) };
  }
  return stats;
}
