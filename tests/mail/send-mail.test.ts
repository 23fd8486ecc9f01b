import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDeadJobs, retryDeadJob } from "@/lib/jobs/dead-jobs";
import { startWorkers } from "@/lib/jobs/start-workers";
import { formatCode, generateCode } from "@/lib/invites/codes";
import { queueMail } from "@/lib/mail/queue-mail";
import { messageIdFor } from "@/lib/mail/send-queued-mail";
import { makeUser, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";
import { databaseText } from "../support/scan-database";
import { SmtpSink } from "../support/smtp-sink";

const smtp = new SmtpSink();
let stopWorkers: () => Promise<void>;

beforeAll(async () => {
  await smtp.start();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Invites <invites@example.test>";
  stopWorkers = await startWorkers({ pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await stopWorkers();
  await smtp.stop();
});

beforeEach(async () => {
  await resetDatabase();
  smtp.rejectRecipients = null;
});

function codeMessage(code: string) {
  const display = formatCode(code);
  return { subject: "Your invite", text: `Your code: ${display}\nhttp://localhost/invite/${code}`, html: `<p>${display}</p>` };
}

async function queue(to: string, code = generateCode()) {
  const result = await db.$transaction((tx) => queueMail(tx, { to, kind: "invite", message: codeMessage(code) }));
  if (!result.ok) throw new Error(result.error.message);
  return { mailId: result.data.mailId, code };
}

async function waitForStatus(mailId: string, status: "SENT" | "FAILED") {
  for (let i = 0; i < 300; i++) {
    const mail = await db.mail.findUniqueOrThrow({ where: { id: mailId } });
    if (mail.status === status) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`mail ${mailId} never became ${status}`);
}

describe("outgoing mail over a real SMTP server", () => {
  it("sends a queued mail once, with a stable Message-ID, then erases its sealed payload", async () => {
    const to = uniqueEmail("recipient");
    const { mailId, code } = await queue(to);
    await smtp.waitFor(() => smtp.to(to).length === 1);
    const [received] = smtp.to(to);
    expect(received!.subject).toBe("Your invite");
    expect(received!.text).toContain(formatCode(code));
    expect(received!.html).toContain(formatCode(code));
    expect(received!.messageId).toBe(messageIdFor(mailId));
    expect(received!.from?.text).toContain("invites@example.test");

    const mail = await waitForStatus(mailId, "SENT");
    expect(mail).toMatchObject({ payload: null, lastError: null, attempts: 1 });
    expect(mail.sentAt).toBeInstanceOf(Date);
  });

  it("keeps no code at rest: not while mails wait for a server that is down, nor after they are sent", async () => {
    await smtp.stop();
    const queued = await Promise.all([1, 2, 3].map((i) => queue(uniqueEmail(`down${i}`))));
    const formats = (code: string) => [code, formatCode(code), code.toLowerCase()];

    const whileQueued = await databaseText();
    expect(whileQueued).toContain(queued[0]!.mailId);
    for (const { code } of queued) for (const form of formats(code)) expect(whileQueued).not.toContain(form);

    await smtp.start();
    for (const { mailId } of queued) await waitForStatus(mailId, "SENT");
    const afterSending = await databaseText();
    for (const { code } of queued) for (const form of formats(code)) expect(afterSending).not.toContain(form);
    expect(smtp.messages.filter((m) => queued.some((q) => m.messageId === messageIdFor(q.mailId)))).toHaveLength(3);
  });

  it("records the server's refusal, and a job out of retries is dead: mail failed, payload erased, job listed and retryable", async () => {
    smtp.rejectRecipients = "5.1.1 Mailbox does not exist";
    const to = uniqueEmail("nobody");
    const result = await db.$transaction(async (tx) => {
      const queued = await queueMail(tx, { to, kind: "invite", message: codeMessage(generateCode()) });
      // One try only, so the test need not wait through the backoff.
      await tx.$executeRaw`UPDATE pgboss.job SET retry_limit = 0 WHERE name = 'mail.send' AND data->>'mailId' = ${queued.ok ? queued.data.mailId : ""}`;
      return queued;
    });
    if (!result.ok) throw new Error(result.error.message);
    const mail = await waitForStatus(result.data.mailId, "FAILED");
    expect(mail.payload).toBeNull();
    expect(mail.lastError).toContain("Mailbox does not exist");

    const dead = (await listDeadJobs()).find((job) => job.data.mailId === result.data.mailId);
    expect(dead).toMatchObject({ queue: "mail.send", lastError: expect.stringContaining("Mailbox does not exist") });
    const admin = await makeUser("ADMIN", "jobs");
    expect(await retryDeadJob({ id: dead!.id }, await makeUser("OPS", "ops"))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await retryDeadJob({ id: dead!.id }, admin)).toMatchObject({ ok: true });
    expect(await retryDeadJob({ id: dead!.id }, admin)).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("refuses more mails to one address per day than the settings allow", async () => {
    await db.settings.update({ where: { id: 1 }, data: { mailsPerAddressPerDay: 2 } });
    const to = uniqueEmail("limited");
    await queue(to);
    await queue(to.toUpperCase());
    const third = await db.$transaction((tx) => queueMail(tx, { to, kind: "invite", message: codeMessage(generateCode()) }));
    expect(third).toMatchObject({ ok: false, error: { code: "mail_limit" } });
    expect(await db.mail.count({ where: { toAddress: to } })).toBe(2);
  });

  it("a rolled-back transaction leaves neither the mail nor its job", async () => {
    const jobCount = async () => (await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail.send'`)[0]!.count;
    const jobsBefore = await jobCount();
    const to = uniqueEmail("rollback");
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { to, kind: "invite", message: codeMessage(generateCode()) });
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    expect(await db.mail.count({ where: { toAddress: to } })).toBe(0);
    expect(await jobCount()).toBe(jobsBefore);
  });
});
