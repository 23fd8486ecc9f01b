import "server-only";
import { now } from "@/lib/clock";
import type { Role } from "@/lib/generated/prisma/client";
import type { InviteState } from "@/lib/validation/invites";
import { checkCode } from "./codes";
import { inviteState } from "./invite-state";
import { lookUpCode, type Pause } from "./look-up-code";

type InviteDetails = {
  role: Role;
  expiresAt: Date;
  maxUses: number;
  usesLeft: number;
  code: string;
  /** Who made the invite, by name; null for the system's own first-admin invite or a deleted account. */
  inviter: string | null;
  /** Only this address may redeem it (the page pre-fills it). */
  boundEmail: string | null;
  /** Only addresses at these domains may redeem it. */
  allowedDomains: string[];
  /** Redemptions are paused for everyone: the invite stays good, but cannot be used now. */
  pause: Pause;
};

export type InvitePreview =
  | { status: "typo"; message: string }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAfter: number }
  | ({ status: "active" } & InviteDetails)
  | ({ status: Exclude<InviteState, "active"> } & InviteDetails);

/**
 * What an invite link grants, read without consuming a use. Looking a code up is a guess like any other, so
 * the preview shares the redeem path's per-IP limit: otherwise it would be a free oracle for guessing codes.
 * One round trip: the look-up brings the inviter's name and the pause switch along.
 */
export async function previewInvite(input: string, ip: string | null): Promise<InvitePreview> {
  const checked = checkCode(input);
  if (!checked.ok) return { status: "typo", message: checked.message };
  const lookup = await lookUpCode(checked.code, ip);
  if (lookup.status === "invalid") return { status: "invalid" };
  if (lookup.status === "rate_limited") return { status: "rate_limited", retryAfter: lookup.retryAfter };
  const { invite } = lookup;
  const details = {
    role: invite.role,
    expiresAt: invite.expiresAt,
    maxUses: invite.maxUses,
    usesLeft: Math.max(0, invite.maxUses - invite.uses),
    code: checked.code,
    boundEmail: invite.boundEmail,
    allowedDomains: invite.allowedDomains,
    inviter: invite.inviterName,
    pause: lookup.pause,
  };
  return { status: inviteState(invite, now()), ...details };
}
