import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { createEmailInvites } from "@/lib/invites/create-email-invites";
import { parseRecipients } from "@/lib/invites/parse-recipients";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { resendInvite, sendInviteReminders } from "@/lib/invites/resend-invite";
import { makeUser, PASSWORD } from "../support/factories";
import { resetDatabase } from "../support/reset-database";
import { databaseText } from "../support/scan-database";
import { SmtpSink } from "../support/smtp-sink";

const smtp = new SmtpSink();
let stopWorkers: () => Promise<void>;
const DAY = 86_400_000;

beforeAll(async () => {
  await smtp.start();
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  stopWorkers = await startWorkers({ pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stopWorkers();
  await smtp.stop();
});
beforeEach(async () => {
  await resetDatabase();
  smtp.messages.length = 0;
  setClockForTests(undefined);
});

function codeFrom(text: string): string {
  const match = /\/invite\/([0-9A-Z]+)/.exec(text);
  if (!match) throw new Error(`no invite link in: ${text}`);
  return match[1]!;
}

async function invite(actorRole: "ADMIN" | "EDITOR", addresses: string, options: { message?: string; days?: number } = {}) {
  const made = await makeUser(actorRole, "grace");
  const actor = await db.user.update({ where: { id: made.id }, data: { name: "Grace Hopper" } });
  const { recipients, problems } = parseRecipients(addresses);
  const result = await createEmailInvites(
    { recipients, role: "MEMBER", expiresAt: new Date(Date.now() + (options.days ?? 7) * DAY), message: options.message ?? null, note: null, needsApproval: false },
    { ...actor, ip: "127.0.0.1" },
    problems,
  );
  if (!result.ok) throw new Error(result.error.message);
  return { actor, outcome: result.data };
}

describe("e-mail invitations", () => {
  it("sends each address its own bound invite by SMTP; the link's code redeems only with that address", async () => {
    const { outcome } = await invite("ADMIN", "ada@example.com\nbob@example.com,Bob,editor", { message: "Welcome aboard!" });
    expect(outcome.sent.map((sent) => [sent.email, sent.role])).toEqual([["ada@example.com", "MEMBER"], ["bob@example.com", "EDITOR"]]);
    await smtp.waitFor(() => smtp.messages.length === 2);

    const [mail] = smtp.to("ada@example.com");
    expect(mail!.subject).toBe("Grace Hopper invited you to localhost:3000");
    expect(mail!.text).toContain("with the role Member");
    expect(mail!.text).toContain("Welcome aboard!");
    expect(mail!.text).toMatch(/expires .* UTC \(in about 7 days\)/);
    expect(mail!.html).toContain("Accept the invitation");
    const code = codeFrom(mail!.text!);
    expect(await databaseText()).not.toContain(code);

    expect(await redeemInvite({ code, email: "eve@example.com", name: "Eve", password: PASSWORD })).toMatchObject({ ok: false, error: { code: "email_mismatch" } });
    expect(await redeemInvite({ code, email: "ada@example.com", name: "Ada", password: PASSWORD })).toMatchObject({ ok: true, data: { user: { role: "MEMBER" } } });
    const bob = codeFrom(smtp.to("bob@example.com")[0]!.text!);
    expect(await redeemInvite({ code: bob, email: "bob@example.com", name: "Bob", password: PASSWORD })).toMatchObject({ ok: true, data: { user: { role: "EDITOR" } } });
  });

  it("an EDITOR's rows above their ceiling, existing accounts and unreadable lines are reported, the rest sent", async () => {
    const existing = await makeUser("MEMBER", "existing");
    const { outcome } = await invite("EDITOR", `ok@example.com\nboss@example.com,Boss,admin\n${existing.email}\nnot-an-address`);
    expect(outcome.sent.map((sent) => sent.email)).toEqual(["ok@example.com"]);
    expect(outcome.refused).toEqual([
      { email: "boss@example.com", error: expect.objectContaining({ code: "forbidden" }) },
      { email: existing.email, error: expect.objectContaining({ code: "email_taken" }) },
    ]);
    expect(outcome.problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining("not an e-mail address") })]);
  });

  it("resend revokes the old invite and mails a fresh code; the old code no longer works", async () => {
    const { actor, outcome } = await invite("ADMIN", "carol@example.com");
    await smtp.waitFor(() => smtp.to("carol@example.com").length === 1);
    const oldCode = codeFrom(smtp.to("carol@example.com")[0]!.text!);
    const resent = await resendInvite({ id: outcome.sent[0]!.inviteId }, actor);
    expect(resent).toMatchObject({ ok: true });
    await smtp.waitFor(() => smtp.to("carol@example.com").length === 2);
    const newCode = codeFrom(smtp.to("carol@example.com")[1]!.text!);
    expect(newCode).not.toBe(oldCode);
    expect(await redeemInvite({ code: oldCode, email: "carol@example.com", name: "Carol", password: PASSWORD })).toMatchObject({ ok: false, error: { code: "revoked" } });
    expect(await redeemInvite({ code: newCode, email: "carol@example.com", name: "Carol", password: PASSWORD })).toMatchObject({ ok: true });
    expect(await resendInvite({ id: outcome.sent[0]!.inviteId }, actor)).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("the per-address daily limit refuses further mails, including resends", async () => {
    await db.settings.update({ where: { id: 1 }, data: { mailsPerAddressPerDay: 1 } });
    const { actor, outcome } = await invite("ADMIN", "dan@example.com");
    expect(await resendInvite({ id: outcome.sent[0]!.inviteId }, actor)).toMatchObject({ ok: false, error: { code: "mail_limit" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: outcome.sent[0]!.inviteId } })).revokedAt).toBeNull();
  });

  it("reminds once, N days before expiry, with a fresh code", async () => {
    await db.settings.update({ where: { id: 1 }, data: { reminderDaysBeforeExpiry: 2 } });
    const { outcome } = await invite("ADMIN", "erin@example.com", { days: 5 });
    // Counted per address: a mail an earlier test queued may still arrive while this one runs.
    await smtp.waitFor(() => smtp.to("erin@example.com").length === 1);
    expect(await sendInviteReminders()).toBe(0);
    setClockForTests(new Date(Date.now() + 3.5 * DAY));
    expect(await sendInviteReminders()).toBe(1);
    expect(await sendInviteReminders()).toBe(0);
    setClockForTests(undefined);
    await smtp.waitFor(() => smtp.to("erin@example.com").length === 2);
    expect(smtp.to("erin@example.com")[1]!.subject).toMatch(/^Reminder: /);
    expect((await db.invite.findUniqueOrThrow({ where: { id: outcome.sent[0]!.inviteId } })).revokedAt).not.toBeNull();
  });
});

describe("parseRecipients", () => {
  it("reads pasted lists and CSV with an optional header, once per address", () => {
    expect(parseRecipients("a@x.test, b@x.test; c@x.test\nA@X.test").recipients.map((r) => r.email)).toEqual(["a@x.test", "b@x.test", "c@x.test"]);
    expect(parseRecipients("email,name,role\nd@x.test,\"Doe, Jane\",Ops\ne@x.test").recipients).toEqual([
      { email: "d@x.test", name: "Doe, Jane", role: "OPS" },
      { email: "e@x.test", name: null, role: null },
    ]);
    expect(parseRecipients("f@x.test,F,captain").problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("not a role") })]);
  });
});
