import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/redeem/route";
import { db } from "@/lib/db";
import { redeemIntoAccount, redeemInvite, redeemInviteWithIdentity } from "@/lib/invites/redeem-invite";
import { REDEEM_STATEMENT, redeemStatementParams } from "@/lib/invites/redeem-statement";
import { updateSettings } from "@/lib/settings/update-settings";
import { makeInvite, makeUser, redeemRequest, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

async function pause(message: string | null = "Back on Monday.") {
  const admin = await makeUser("ADMIN", "admin");
  expect((await updateSettings({ actor: admin, change: { redemptionsPaused: true, pauseMessage: message } })).ok).toBe(true);
  return admin;
}

describe("the pause switch", () => {
  it("refuses every way of redeeming with the administrator's message, and takes no use", async () => {
    const invite = await makeInvite({ role: "EDITOR", maxUses: 5 });
    const member = await makeUser("MEMBER", "member");
    await pause();

    const password = await redeemInvite(redeemRequest(invite.code, "paused"));
    const own = await redeemIntoAccount({ code: invite.code, userId: member.id, ip: null, userAgent: null });
    const sso = await redeemInviteWithIdentity({ code: invite.code, email: uniqueEmail("sso"), name: "Sso", identity: { provider: "oidc", subject: "s1" }, ip: null, userAgent: null });
    for (const result of [password, own, sso]) {
      expect(result).toMatchObject({ ok: false, error: { code: "paused", message: expect.stringContaining("Back on Monday.") } });
    }

    const response = await POST(
      new Request("http://localhost/api/v1/redeem", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: invite.code, email: uniqueEmail("api"), name: "Api", password: "correct horse battery staple" }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "paused" } });

    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "invite.redeem_failed", detail: { path: ["reason"], equals: "paused" } } })).toBe(4);
  });

  it("holds inside the statement itself, for a redemption that passed the checks before the switch", async () => {
    const invite = await makeInvite();
    await pause(null);
    const rows = await db.$queryRawUnsafe<unknown[]>(
      REDEEM_STATEMENT,
      ...redeemStatementParams({ inviteId: invite.id, now: new Date(), email: uniqueEmail("late"), name: "Late", passwordHash: null, ip: null, userAgent: null }),
    );
    expect(rows).toEqual([]);
    expect(await db.user.count({ where: { name: "Late" } })).toBe(0);
  });

  it("is audited, and redemptions work again once it is lifted", async () => {
    const invite = await makeInvite();
    const admin = await pause();
    await updateSettings({ actor: admin, change: { redemptionsPaused: false } });
    const events = await db.auditEvent.findMany({ where: { action: "settings.update" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.detail)).toEqual([
      { redemptionsPaused: { from: false, to: true }, pauseMessage: { from: null, to: "Back on Monday." } },
      { redemptionsPaused: { from: true, to: false } },
    ]);
    expect((await redeemInvite(redeemRequest(invite.code, "after"))).ok).toBe(true);
  });
});
