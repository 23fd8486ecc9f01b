import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { ROLES } from "@/lib/validation/fields";

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
type RedemptionRow = { total: bigint; last24h: bigint; last7d: bigint };

const HOUR = 3_600_000;

/** The creator whose invites an actor may count: EDITORs see only their own; everyone else, all. */
export function statsOwner(actor?: Actor): string | null {
  return actor?.role === "EDITOR" ? actor.id : null;
}

/**
 * Counts by derived state, computed by PostgreSQL in one pass over invites grouped by role (at most four rows
 * come back) plus one pass over redemptions; nothing is counted in JavaScript but those four rows. With an
 * EDITOR as the actor, only that editor's invites count.
 */
export async function inviteStats(actor?: Actor): Promise<InviteStats> {
  const at = now();
  const owner = statsOwner(actor);
  const [roleRows, [redemptions]] = await Promise.all([
    db.$queryRaw<RoleRow[]>`
      SELECT role,
             count(*) AS total,
             count(*) FILTER (WHERE revoked_at IS NOT NULL) AS revoked,
             count(*) FILTER (WHERE revoked_at IS NULL AND expires_at <= ${at}) AS expired,
             count(*) FILTER (WHERE revoked_at IS NULL AND expires_at > ${at} AND uses >= max_uses) AS exhausted,
             count(*) FILTER (WHERE revoked_at IS NULL AND expires_at > ${at} AND uses < max_uses) AS active,
             coalesce(sum(uses), 0)::bigint AS uses
      FROM invites WHERE (${owner}::uuid IS NULL OR created_by_id = ${owner}::uuid) GROUP BY role`,
    db.$queryRaw<RedemptionRow[]>`
      SELECT count(*) AS total,
             count(*) FILTER (WHERE created_at > ${new Date(at.getTime() - 24 * HOUR)}) AS last24h,
             count(*) FILTER (WHERE created_at > ${new Date(at.getTime() - 7 * 24 * HOUR)}) AS last7d
      FROM redemptions
      WHERE (${owner}::uuid IS NULL OR invite_id IN (SELECT id FROM invites WHERE created_by_id = ${owner}::uuid))`,
  ]);

  const stats: InviteStats = {
    active: 0,
    expired: 0,
    exhausted: 0,
    revoked: 0,
    total: 0,
    redemptions: {
      total: Number(redemptions?.total ?? 0),
      last24h: Number(redemptions?.last24h ?? 0),
      last7d: Number(redemptions?.last7d ?? 0),
    },
    byRole: Object.fromEntries(ROLES.map((role) => [role, { invites: 0, active: 0, redemptions: 0 }])) as InviteStats["byRole"],
  };
  for (const row of roleRows) {
    stats.active += Number(row.active);
    stats.expired += Number(row.expired);
    stats.exhausted += Number(row.exhausted);
    stats.revoked += Number(row.revoked);
    stats.total += Number(row.total);
    stats.byRole[row.role] = { invites: Number(row.total), active: Number(row.active), redemptions: Number(row.uses) };
  }
  return stats;
}
