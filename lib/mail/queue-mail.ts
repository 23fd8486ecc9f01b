import "server-only";
import { randomUUID } from "node:crypto";
import { now } from "@/lib/clock";
import { seal } from "@/lib/crypto/secret-box";
import type { Tx } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { fail, ok, type Result } from "@/lib/result";
import { getSettings } from "@/lib/settings/get-settings";
import type { MailKind, OutgoingMessage } from "./outgoing-message";

const DAY = 86_400_000;

export type QueueMailArgs = { to: string; kind: MailKind; message: OutgoingMessage; inviteId?: string | null };

/**
 * Queues one mail inside the caller's transaction: the mail row with its message sealed, and the job that sends
 * it. Refused when the address has already been sent the day's allowance (Settings.mailsPerAddressPerDay); the
 * count runs under a per-address lock, so concurrent requests cannot overshoot it.
 */
export async function queueMail(tx: Tx, args: QueueMailArgs): Promise<Result<{ mailId: string }>> {
  const to = args.to.trim().toLowerCase();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`mail:${to}`}, 0))`;
  const [{ mailsPerAddressPerDay }, sentToday] = [
    await getSettings(tx),
    await tx.mail.count({ where: { toAddress: to, createdAt: { gt: new Date(now().getTime() - DAY) } } }),
  ];
  if (sentToday >= mailsPerAddressPerDay) {
    return fail("mail_limit", `${to} has already been sent ${sentToday} mails today, the most allowed per address; try again tomorrow.`);
  }
  const mailId = randomUUID();
  await tx.mail.create({
    data: {
      id: mailId,
      toAddress: to,
      kind: args.kind,
      inviteId: args.inviteId ?? null,
      payload: seal("mail-payload", JSON.stringify(args.message), mailId),
    },
  });
  await enqueue(tx, QUEUES.mailSend, { mailId });
  return ok({ mailId });
}
