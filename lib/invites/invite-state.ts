import type { InviteState } from "@/lib/validation/invites";

type StateFields = { revokedAt: Date | null; expiresAt: Date; uses: number; maxUses: number };

/** States are derived, never stored, in this order of precedence: revoked > expired > exhausted > active. */
export function inviteState(invite: StateFields, at: Date): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= at.getTime()) return "expired";
  if (invite.uses >= invite.maxUses) return "exhausted";
  return "active";
}
