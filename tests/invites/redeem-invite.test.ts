import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { now, setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { createInvites } from "@/lib/invites/create-invites";
import { inviteStats } from "@/lib/stats/invite-stats";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { HOUR, makeInvite, makeUser, PASSWORD, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

describe("redeemInvite", () => {
  it("plays the seed scenario", async () => {
    const expiresAt = new Date(now().getTime() + 72 * HOUR);
    const [admin] = (await createInvites({ role: "ADMIN", maxUses: 1, expiresAt, count: 1, createdById: null })).invites;
    const [editor] = (await createInvites({ role: "EDITOR", maxUses: 5, expiresAt, count: 1, createdById: null })).invites;

    const charlie = await redeemInvite(redeemRequest(admin!.display, "charlie"));
    expect(charlie).toMatchObject({ ok: true, data: { user: { role: "ADMIN", name: "charlie" } } });

    const dave = await redeemInvite(redeemRequest(admin!.code, "dave"));
    expect(dave).toMatchObject({ ok: false, error: { code: "exhausted" } });

    const eve = await redeemInvite(redeemRequest(editor!.code.toLowerCase(), "eve"));
    expect(eve).toMatchObject({ ok: true, data: { user: { role: "EDITOR" } } });

    const invalid = await redeemInvite(redeemRequest("invalid-code", "mallory"));
    expect(invalid).toMatchObject({ ok: false, error: { code: "typo" } });

    const stats = await inviteStats();
    expect(stats).toMatchObject({ active: 1, expired: 0, exhausted: 1, revoked: 0, total: 2 });
    expect(stats.redemptions).toEqual({ total: 2, last24h: 2, last7d: 2 });
    expect(stats.byRole.ADMIN).toEqual({ invites: 1, active: 0, redemptions: 1 });
    expect(stats.byRole.EDITOR).toEqual({ invites: 1, active: 1, redemptions: 1 });
  });

  it("records the used_by trail and an audit event for each outcome", async () => {
    const invite = await makeInvite({ role: "MEMBER", maxUses: 1 });
    const result = await redeemInvite(redeemRequest(invite.code, "frank"));
    expect(result.ok).toBe(true);
    const redemption = await db.redemption.findFirstOrThrow({ where: { inviteId: invite.id } });
    expect(redemption).toMatchObject({ ip: "127.0.0.1", userAgent: "vitest" });
    await redeemInvite(redeemRequest(invite.code, "grace"));
    const actions = (await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map((e) => [e.action, e.detail]);
    expect(actions).toContainEqual(["invite.redeem", expect.objectContaining({ role: "MEMBER" })]);
    expect(actions).toContainEqual(["invite.redeem_failed", expect.objectContaining({ reason: "exhausted" })]);
  });

  it("stores an argon2id hash, never the password", async () => {
    const invite = await makeInvite();
    const result = await redeemInvite(redeemRequest(invite.code, "heidi"));
    if (!result.ok) throw new Error(result.error.message);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.user.id } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });

  it("refuses an expired invite once the clock passes its expiry", async () => {
    const invite = await makeInvite({ hours: 1 });
    setClockForTests(new Date(Date.now() + 2 * HOUR));
    expect(await redeemInvite(redeemRequest(invite.code, "ivan"))).toMatchObject({ ok: false, error: { code: "expired" } });
    setClockForTests(undefined);
    expect(await redeemInvite(redeemRequest(invite.code, "ivan"))).toMatchObject({ ok: true });
  });

  it("refuses a revoked invite", async () => {
    const admin = await makeUser("ADMIN");
    const invite = await makeInvite({ maxUses: 3 });
    await revokeInvite({ id: invite.id, actor: admin, reason: "leaked" });
    expect(await redeemInvite(redeemRequest(invite.code, "judy"))).toMatchObject({ ok: false, error: { code: "revoked" } });
  });

  it("calls a wrong check symbol a typo and never queries for it", async () => {
    const invite = await makeInvite();
    const last = invite.code.at(-1) === "0" ? "1" : "0";
    const typo = invite.code.slice(0, -1) + last;
    const result = await redeemInvite(redeemRequest(typo, "kim"));
    expect(result).toMatchObject({ ok: false, error: { code: "typo", message: expect.stringContaining("mistyped") } });
    expect(await db.auditEvent.count({ where: { action: "invite.redeem_failed" } })).toBe(0);
  });

  it("says an unknown well-formed code is invalid", async () => {
    const other = await makeInvite();
    await db.invite.delete({ where: { id: other.id } });
    expect(await redeemInvite(redeemRequest(other.code, "leo"))).toMatchObject({ ok: false, error: { code: "invalid" } });
  });

  it("reports a taken e-mail without consuming a use", async () => {
    const existing = await makeUser("MEMBER", "mia");
    const invite = await makeInvite({ maxUses: 2 });
    const request = { ...redeemRequest(invite.code, "mia"), email: existing.email.toUpperCase() };
    expect(await redeemInvite(request)).toMatchObject({ ok: false, error: { code: "email_taken" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    expect(await db.redemption.count()).toBe(0);
  });

  it("rolls the use back when the same e-mail wins a race inside the transaction", async () => {
    const invite = await makeInvite({ maxUses: 5 });
    const request = redeemRequest(invite.code, "nina");
    const results = await Promise.all([redeemInvite(request), redeemInvite(request), redeemInvite(request)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(["email_taken", "email_taken"]);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(1);
  });

  it("names each invalid field", async () => {
    const invite = await makeInvite();
    const result = await redeemInvite({ code: invite.code, email: "not-an-email", name: " ", password: "short" });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { email: expect.any(String), name: expect.any(String), password: expect.stringContaining("12") } },
    });
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
  });
});
