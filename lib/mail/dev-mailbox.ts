import "server-only";
import { db } from "@/lib/db";
import { openMailboxMessage } from "./send-queued-mail";

export type MailboxEntry = { id: string; mailId: string | null; toAddress: string; subject: string; text: string; html: string; createdAt: Date };

/** The dev mailbox, newest first, opened for an ADMIN to read (it exists only when no SMTP server is configured). */
export async function listMailbox(limit = 50): Promise<MailboxEntry[]> {
  const entries = await db.devMailbox.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  return entries.map((entry) => {
    const message = openMailboxMessage(entry);
    return { id: entry.id, mailId: entry.mailId, toAddress: entry.toAddress, subject: entry.subject, text: message.text, html: message.html, createdAt: entry.createdAt };
  });
}
