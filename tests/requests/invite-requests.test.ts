import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { approveInviteRequests, confirmInviteRequest, countPendingRequests, listInviteRequests, rejectInviteRequests, submitInviteRequest } from "@/lib/requests/invite-requests";
import { approvePendingUser, listPendingUsers } from "@/lib/users/pending-users";
import { makeInvite, makeUser, PASSWORD } from "../support/factories";
import { resetDatabase } from "../support/reset-database";
import { SmtpSink } from "../support/smtp-sink";

const smtp = new SmtpSink();
let stopWorkers: () => Promise<void>;

beforeAll(async () => {
  await smtp.start();
  process.env.SMTP_URL = smtp.url;
  stopWorkers = await startWorkers({ pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stopWorkers();
  await smtp.stop();
});
beforeEach(async () => {
  await resetDatabase();
  smtp.messages.length = 0;
  await db.settings.update({ where: { id: 1 }, data: { requestsEnabled: true } });
});

const linkIn = (text: string, path: string) => new RegExp(`${path}/([A-Za-z0-9_-]+)`).exec(text)?.[1] ?? "";

async function confirmedRequest(email: string, ip = "203.0.113.7") {
  expect(await submitInviteRequest({ email, name: "Requester", reason: "I would like to help" }, { ip })).toMatchObject({ ok: true });
  await smtp.waitFor(() => smtp.to(email).length === 1);
  const token = linkIn(smtp.to(email)[0]!.text!, "/request-invite/confirm");
  expect(await confirmInviteRequest({ token })).toMatchObject({ ok: true });
  return (await db.inviteRequest.findFirstOrThrow({ where: { email } })).id;
}

describe("invite requests with double opt-in and approval", () => {
  it("an unconfirmed request is invisible; the mailed link confirms it once; an approval mails an invite", async () => {
    expect(await submitInviteRequest({ email: "rita@example.com", name: "Rita", reason: null }, { ip: "203.0.113.1" })).toMatchObject({ ok: true });
    expect(await countPendingRequests()).toBe(0);
    await smtp.waitFor(() => smtp.to("rita@example.com").length === 1);
    const token = linkIn(smtp.to("rita@example.com")[0]!.text!, "/request-invite/confirm");
    expect(await confirmInviteRequest({ token })).toMatchObject({ ok: true });
    expect(await confirmInviteRequest({ token })).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(await countPendingRequests()).toBe(1);

    const editor = await makeUser("EDITOR", "editor");
    const [request] = await listInviteRequests("PENDING");
    expect(await approveInviteRequests({ ids: [request!.id], role: "ADMIN", days: 7 }, editor)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await approveInviteRequests({ ids: [request!.id], role: "EDITOR", days: 7 }, editor)).toMatchObject({ ok: true, data: [{ ok: true }] });
    expect(await approveInviteRequests({ ids: [request!.id], role: "EDITOR", days: 7 }, editor)).toMatchObject({ ok: true, data: [{ ok: false, error: { code: "conflict" } }] });
    await smtp.waitFor(() => smtp.to("rita@example.com").length === 2);
    const code = linkIn(smtp.to("rita@example.com")[1]!.text!, "/invite");
    expect(await redeemInvite({ code, email: "rita@example.com", name: "Rita", password: PASSWORD })).toMatchObject({ ok: true, data: { user: { role: "EDITOR" } } });
  });

  it("rejects in bulk, telling each person with the message", async () => {
    const ids = [await confirmedRequest("sam@example.com"), await confirmedRequest("tia@example.com")];
    const admin = await makeUser("ADMIN", "admin");
    expect(await rejectInviteRequests({ ids, message: "We are full for now." }, admin)).toMatchObject({ ok: true, data: [{ ok: true }, { ok: true }] });
    await smtp.waitFor(() => smtp.to("sam@example.com").length === 2 && smtp.to("tia@example.com").length === 2);
    expect(smtp.to("tia@example.com")[1]!.text).toContain("We are full for now.");
    expect((await listInviteRequests("REJECTED")).map((request) => request.email).sort()).toEqual(["sam@example.com", "tia@example.com"]);
  });

  it("is closed unless an ADMIN opens it, and limited per network", async () => {
    await db.settings.update({ where: { id: 1 }, data: { requestsEnabled: false } });
    expect(await submitInviteRequest({ email: "x@example.com", name: "X", reason: null }, { ip: "198.51.100.1" })).toMatchObject({ ok: false, error: { code: "requests_closed" } });
    await db.settings.update({ where: { id: 1 }, data: { requestsEnabled: true } });
    for (let i = 0; i < 5; i++) {
      expect(await submitInviteRequest({ email: `n${i}@example.com`, name: "N", reason: null }, { ip: "198.51.100.2" })).toMatchObject({ ok: true });
    }
    expect(await submitInviteRequest({ email: "n9@example.com", name: "N", reason: null }, { ip: "198.51.100.2" })).toMatchObject({ ok: false, error: { code: "rate_limited" } });
  });
});

describe("accounts waiting for approval", () => {
  it("an ADMIN approves a pending account, which can then sign in and is told by e-mail", async () => {
    const invite = await makeInvite();
    await db.invite.update({ where: { id: invite.id }, data: { needsApproval: true } });
    const redeemed = await redeemInvite({ code: invite.code, email: "uma@example.com", name: "Uma", password: PASSWORD });
    if (!redeemed.ok) throw new Error(redeemed.error.message);
    expect((await listPendingUsers()).map((user) => user.email)).toEqual(["uma@example.com"]);
    const editor = await makeUser("EDITOR", "editor");
    expect(await approvePendingUser({ id: redeemed.data.user.id }, editor)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await approvePendingUser({ id: redeemed.data.user.id }, await makeUser("ADMIN", "admin"))).toMatchObject({ ok: true });
    expect(await signInWithPassword({ email: "uma@example.com", password: PASSWORD, ip: "127.0.0.5" })).toMatchObject({ ok: true });
    await smtp.waitFor(() => smtp.to("uma@example.com").length === 1);
  });
});
