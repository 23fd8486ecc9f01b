import { now } from "@/lib/clock";
import type { Role } from "@/lib/generated/prisma/client";
import type { InviteState } from "@/lib/validation/invites";
import { checkCode } from "./codes";
import { findInviteByCode } from "./find-invite-by-code";
import { inviteState } from "./invite-state";

export type InvitePreview =
  | { status: "typo"; message: string }
  | { status: "invalid" }
  | { status: InviteState; role: Role; expiresAt: Date; usesLeft: number; code: string };

/** What an invite link grants, read without consuming a use. */
export async function previewInvite(input: string): Promise<InvitePreview> {
  const checked = checkCode(input);
  if (!checked.ok) return { status: "typo", message: checked.message };
  const invite = await findInviteByCode(checked.code);
  if (!invite) return { status: "invalid" };
  return {
    status: inviteState(invite, now()),
    role: invite.role,
    expiresAt: invite.expiresAt,
    usesLeft: Math.max(0, invite.maxUses - invite.uses),
    code: checked.code,
  };
}
