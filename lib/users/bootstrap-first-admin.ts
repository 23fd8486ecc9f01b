import "server-only";
import { rolesWith } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { createInvites } from "@/lib/invites/create-invites";

const BOOTSTRAP_NOTE = "First administrator (created at startup)";
const DAY = 24 * 3_600_000;

export type BootstrapLink = { link: string; expiresAt: Date };

/**
 * A one-time ADMIN invite valid for 24 hours, and its link: an administrator signs up through the same front
 * door as everyone else. Earlier bootstrap invites that were never used are revoked, so only the newest link works.
 */
export async function issueBootstrapInvite(baseUrl: string): Promise<BootstrapLink> {
  await db.invite.updateMany({
    where: { bootstrap: true, revokedAt: null, uses: 0 },
    data: { revokedAt: now(), revokeReason: "Replaced by a newer first-admin invite" },
  });
  const expiresAt = new Date(now().getTime() + DAY);
  const batch = await createInvites({ role: "ADMIN", maxUses: 1, expiresAt, note: BOOTSTRAP_NOTE, count: 1, createdById: null, bootstrap: true });
  const invite = batch.invites[0]!;
  await recordAuditEvent({ action: "invite.bootstrap", target: invite.id, detail: { expiresAt: expiresAt.toISOString() } });
  return { link: new URL(`/invite/${invite.code}`, baseUrl).toString(), expiresAt };
}

/** At startup: a bootstrap link only when nobody may manage users yet (no enabled administrator). */
export async function bootstrapFirstAdmin(baseUrl: string): Promise<BootstrapLink | null> {
  const admins = await db.user.count({ where: { role: { in: rolesWith("users.manage") }, disabled: false } });
  return admins > 0 ? null : issueBootstrapInvite(baseUrl);
}
