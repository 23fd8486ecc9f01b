import "server-only";
import { now } from "@/lib/clock";
import { seal, unseal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import type { OutgoingMessage } from "./outgoing-message";
import { mailTransport } from "./transport";

/** What the SMTP server said, or the connection error; kept on the row and shown with the invite. */
function smtpReply(error: unknown): string {
  const detail = error as { response?: string; code?: string; message?: string };
  return (detail.response ?? (detail.code ? `${detail.code}: ${detail.message}` : detail.message) ?? String(error)).slice(0, 500);
}

/** Stable per mail, so a receiver (or a person) can tell a retried delivery from a new message. */
export function messageIdFor(mailId: string): string {
  return `<${mailId}@invites.mail>`;
}

/**
 * The mail.send job: sends the sealed message over SMTP, or into the dev mailbox when no SMTP server is
 * configured, then marks the row sent and erases its payload. A failure records the server's reply and throws,
 * so the queue retries with backoff. A row already sent is not sent again (a retried job after a lost ack).
 */
export async function sendQueuedMail(mailId: string): Promise<void> {
  const mail = await db.mail.findUnique({ where: { id: mailId } });
  if (!mail || mail.status === "SENT") return;
  if (!mail.payload) {
    await db.mail.update({ where: { id: mailId }, data: { status: "FAILED", lastError: mail.lastError ?? "The message was erased before it could be sent." } });
    return;
  }
  const message = JSON.parse(unseal("mail-payload", mail.payload, mail.id)) as OutgoingMessage;
  await db.mail.update({ where: { id: mailId }, data: { attempts: { increment: 1 } } });

  const transport = mailTransport();
  if (!transport) {
    await db.$transaction([
      db.devMailbox.create({ data: { mailId, toAddress: mail.toAddress, subject: message.subject, sealed: sealForMailbox(mailId, message) } }),
      db.mail.update({ where: { id: mailId }, data: { status: "SENT", sentAt: now(), payload: null, lastError: null } }),
    ]);
    return;
  }
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: mail.toAddress,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: messageIdFor(mailId),
    });
  } catch (error) {
    const reply = smtpReply(error);
    await db.mail.update({ where: { id: mailId }, data: { lastError: reply } });
    log.warn("mail not sent; the queue will retry", { mailId, reply });
    throw new Error(`SMTP: ${reply}`);
  }
  await db.mail.update({ where: { id: mailId }, data: { status: "SENT", sentAt: now(), payload: null, lastError: null } });
}

/** The dead-letter side of mail.send: the mail failed for good, so its sealed message is erased. */
export async function markMailDead(mailId: string): Promise<void> {
  await db.mail.updateMany({
    where: { id: mailId, status: { not: "SENT" } },
    data: { status: "FAILED", payload: null },
  });
}

/** A dev-mailbox entry is sealed with its own key and bound to the mail it copies. */
function sealForMailbox(mailId: string, message: OutgoingMessage): Uint8Array<ArrayBuffer> {
  return seal("dev-mailbox", JSON.stringify(message), mailId);
}

export function openMailboxMessage(entry: { mailId: string | null; id: string; sealed: Uint8Array }): OutgoingMessage {
  return JSON.parse(unseal("dev-mailbox", entry.sealed, entry.mailId ?? entry.id)) as OutgoingMessage;
}
