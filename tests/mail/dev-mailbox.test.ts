import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { formatCode, generateCode } from "@/lib/invites/codes";
import { listMailbox } from "@/lib/mail/dev-mailbox";
import { queueMail } from "@/lib/mail/queue-mail";
import { uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";
import { databaseText } from "../support/scan-database";

let stopWorkers: () => Promise<void>;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  stopWorkers = await startWorkers({ pollingIntervalSeconds: 0.5 });
});
afterAll(() => stopWorkers());
beforeEach(resetDatabase);

describe("without SMTP_URL, mail goes to the dev mailbox", () => {
  it("keeps the message sealed at rest and readable through the mailbox, marked as not sent", async () => {
    const to = uniqueEmail("dev");
    const code = generateCode();
    const result = await db.$transaction((tx) =>
      queueMail(tx, { to, kind: "invite", message: { subject: "Your invite", text: `Code ${formatCode(code)}`, html: `<b>${formatCode(code)}</b>` } }),
    );
    if (!result.ok) throw new Error(result.error.message);
    for (let i = 0; i < 100 && (await db.devMailbox.count()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));

    const [entry] = await listMailbox();
    expect(entry).toMatchObject({ toAddress: to, subject: "Your invite", mailId: result.data.mailId });
    expect(entry!.text).toContain(formatCode(code));
    expect(await db.mail.findUniqueOrThrow({ where: { id: result.data.mailId } })).toMatchObject({ status: "SENT", payload: null });

    const text = await databaseText();
    expect(text).not.toContain(code);
    expect(text).not.toContain(formatCode(code));
  });
});
