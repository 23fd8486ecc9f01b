import "server-only";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

/**
 * Revokes a creator's live invites whose role is not in `keepRoles` (all of them when it is empty), inside the
 * caller's transaction, with one `invite.revoke` audit event per invite. Used when a person is demoted (what
 * they may no longer create stops working) or disabled (everything they handed out stops working).
 */
export async function revokeCreatorInvites(
  tx: Tx,
  args: { creatorId: string; keepRoles: readonly Role[]; actorId: string; reason: string; ip?: string | null },
): Promise<number> {
  const at = now();
  const revoked = await tx.$queryRaw<{ id: string }[]>`
    WITH revoked AS (
      UPDATE invites SET revoked_at = ${at}, revoked_by_id = ${args.actorId}::uuid, revoke_reason = ${args.reason}
      WHERE created_by_id = ${args.creatorId}::uuid AND revoked_at IS NULL AND expires_at > ${at}
        AND uses < max_uses AND NOT (role::text = ANY(${[...args.keepRoles]}::text[]))
      RETURNING id
    )
    INSERT INTO audit_events (actor_id, action, target, ip, detail)
    SELECT ${args.actorId}::uuid, 'invite.revoke', id::text, ${args.ip ?? null}, jsonb_build_object('reason', ${args.reason}::text)
    FROM revoked
    RETURNING target AS id`;
  return revoked.length;
}
