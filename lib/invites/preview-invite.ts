import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import type { InviteState } from "@/lib/validation/invites";
import { checkCode } from "./codes";
import { inviteState } from "./invite-state";
import { lookUpCode } from "./look-up-code";

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
 */
export async function previewInvite(input: string, ip: string | null): Promise<InvitePreview> {
  const checked = checkCode(input);
  if (!checked.ok) return { status: "typo", message: checked.message };
  const lookup = await lookUpCode(checked.code, ip);
  if (lookup.status !== "found") return lookup;
  const { invite } = lookup;
  const creator = await db.invite.findUnique({ where: { id: invite.id }, select: { createdBy: { select: { name: true } } } });
  const details = {
    role: invite.role,
    expiresAt: invite.expiresAt,
    maxUses: invite.maxUses,
    usesLeft: Math.max(0, invite.maxUses - invite.uses),
    code: checked.code,
    boundEmail: invite.boundEmail,
    allowedDomains: invite.allowedDomains,
    inviter: creator?.createdBy?.name ?? null,
  };
  return { status: inviteState(invite, now()), ...details };
}
