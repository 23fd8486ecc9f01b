import "server-only";
import { db } from "@/lib/db";
import type { MailStatus } from "@/lib/generated/prisma/client";

export type InviteDelivery = { id: string; toAddress: string; kind: string; status: MailStatus; attempts: number; lastError: string | null; createdAt: Date; sentAt: Date | null };

/** The mails sent for one invite, newest first: its delivery state (queued, sent, failed with the SMTP reply). */
export async function listInviteMails(inviteId: string): Promise<InviteDelivery[]> {
  return db.mail.findMany({
    where: { inviteId },
    orderBy: { createdAt: "desc" },
    select: { id: true, toAddress: true, kind: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
}

/** The latest mail's status per invite, for a page of the invite list. */
export async function latestDeliveryByInvite(inviteIds: string[]): Promise<Map<string, { status: MailStatus; lastError: string | null }>> {
  if (inviteIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ invite_id: string; status: MailStatus; last_error: string | null }[]>`
    SELECT DISTINCT ON (invite_id) invite_id::text, status, last_error
    FROM mails WHERE invite_id = ANY(${inviteIds}::uuid[])
    ORDER BY invite_id, created_at DESC`;
  return new Map(rows.map((row) => [row.invite_id, { status: row.status, lastError: row.last_error }]));
}
