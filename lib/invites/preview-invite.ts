import { now } from "@/lib/clock";
import type { Role } from "@/lib/generated/prisma/client";
import { recordInvalidGuess, releaseGuess, reserveGuess } from "@/lib/rate-limit/code-guess-limit";
import type { InviteState } from "@/lib/validation/invites";
import { checkCode } from "./codes";
import { findInviteByCode } from "./find-invite-by-code";
import { inviteState } from "./invite-state";

type InviteDetails = { role: Role; expiresAt: Date; maxUses: number; usesLeft: number; code: string };

export type InvitePreview =
  | { status: "typo"; message: string }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAfter: number }
  | ({ status: "active" } & InviteDetails)
  | ({ status: Exclude<InviteState, "active"> } & InviteDetails);

/**
 * What an invite link grants, read without consuming a use. Looking a code up is a guess like any other, so
 * the preview shares the redeem path's per-IP limit: otherwise it would be a free oracle for guessing codes.
 */
export async function previewInvite(input: string, ip: string | null): Promise<InvitePreview> {
  const checked = checkCode(input);
  if (!checked.ok) return { status: "typo", message: checked.message };
  const guess = await reserveGuess(ip);
  if (!guess.allowed) return { status: "rate_limited", retryAfter: guess.retryAfter };
  const invite = await findInviteByCode(checked.code);
  if (!invite) {
    await recordInvalidGuess(ip);
    return { status: "invalid" };
  }
  await releaseGuess(guess.ticket);
  const details = {
    role: invite.role,
    expiresAt: invite.expiresAt,
    maxUses: invite.maxUses,
    usesLeft: Math.max(0, invite.maxUses - invite.uses),
    code: checked.code,
  };
  return { status: inviteState(invite, now()), ...details };
}
