import "server-only";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { recordWebhookEvents } from "@/lib/webhooks/record-webhook-event";

/**
 * Revokes a creator's live invites whose role is not in `keepRoles` (all of them when it is empty), inside the
 * caller's transaction, with one `invite.revoke` audit event and one `invite.revoked` webhook event per invite,
 * as a revocation by hand writes them. Used when a person is demoted (what they may no longer create stops
 * working) or disabled (everything they handed out stops working). The caller dispatches webhook events after
 * its commit.
 */
export async function revokeCreatorInvites(
  tx: Tx,
  args: { creatorId: string; keepRoles: readonly Role[]; actorId: string; reason: string; ip?: string | null },
): Promise<number> {
  const at = now();
  const revoked = await tx.$queryRaw<{ id: string; role: Role }[]>`
    WITH revoked AS (
      UPDATE invites SET revoked_at = ${at}, revoked_by_id = ${args.actorId}::uuid, revoke_reason = ${args.reason}
      WHERE created_by_id = ${args.creatorId}::uuid AND revoked_at IS NULL AND expires_at > ${at}
        AND uses < max_uses AND NOT (role::text = ANY(${[...args.keepRoles]}::text[]))
      RETURNING id, role
    ),
    audited AS (
      INSERT INTO audit_events (actor_id, action, target, ip, detail)
      SELECT ${args.actorId}::uuid, 'invite.revoke', id::text, ${args.ip ?? null}, jsonb_build_object('reason', ${args.reason}::text)
      FROM revoked
    )
    SELECT id::text AS id, role FROM revoked`;
  await recordWebhookEvents(
    tx,
    "invite.revoked",
    revoked.map((invite) => ({ invite: { id: invite.id, role: invite.role }, revokedById: args.actorId, reason: args.reason })),
  );
  return revoked.length;
}
