import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { extendInvite, revokeInvite, unrevokeInvite } from "@/lib/invites/manage-invite";
import { createMemberInvite, memberInviteAllowance, setMemberInvites } from "@/lib/invites/member-invites";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { makeInvite, makeUser, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const DAY = 86_400_000;

async function open(change: Partial<{ memberInvitesForMembers: boolean; memberInvitesForEditors: boolean; memberInviteQuota: number; memberInviteMinAccountDays: number }> = {}) {
  await db.settings.update({ where: { id: 1 }, data: { memberInvitesForMembers: true, memberInviteQuota: 2, memberInviteMinAccountDays: 7, ...change } });
}

async function oldMember(role: "MEMBER" | "EDITOR" = "MEMBER", days = 30) {
  const user = await makeUser(role, "inviter");
  return db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - days * DAY) } });
}

describe("member invites", () => {
  it("are closed until an ADMIN opens them, separately for members and editors", async () => {
    const member = await oldMember();
    const editor = await oldMember("EDITOR");
    expect(await createMemberInvite(member)).toMatchObject({ ok: false, error: { code: "not_allowed" } });
    await open();
    expect((await createMemberInvite(member)).ok).toBe(true);
    expect(await createMemberInvite(editor)).toMatchObject({ ok: false, error: { code: "not_allowed" } });
    await open({ memberInvitesForEditors: true });
    expect((await createMemberInvite(editor)).ok).toBe(true);
    const ops = await makeUser("OPS", "ops");
    expect(await createMemberInvite(ops)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("make single-use MEMBER invites that redeem like any other and record the inviter", async () => {
    await open();
    const member = await oldMember();
    const made = await createMemberInvite(member);
    if (!made.ok) throw new Error(made.error.message);
    const invite = await db.invite.findUniqueOrThrow({ where: { id: made.data.id } });
    expect(invite).toMatchObject({ role: "MEMBER", maxUses: 1, createdById: member.id, memberQuota: true });
    const redeemed = await redeemInvite(redeemRequest(made.data.code, "friend"));
    expect(redeemed.ok && (await db.user.findUniqueOrThrow({ where: { id: redeemed.data.user.id } })).invitedById).toBe(member.id);
  });

  it("wait for the minimum account age", async () => {
    await open();
    const young = await oldMember("MEMBER", 2);
    expect(await createMemberInvite(young)).toMatchObject({ ok: false, error: { message: expect.stringContaining("5 more days") } });
  });

  it("stop at the quota per 30 days, also when many are asked for at once", async () => {
    await open({ memberInviteQuota: 3 });
    const member = await oldMember();
    const results = await Promise.all(Array.from({ length: 10 }, () => createMemberInvite(member)));
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(await memberInviteAllowance(member.id)).toMatchObject({ allowed: false, quota: 3, used: 3, remaining: 0 });

    // Invites older than 30 days no longer count.
    await db.invite.updateMany({ where: { createdById: member.id }, data: { createdAt: new Date(Date.now() - 31 * DAY) } });
    expect(await memberInviteAllowance(member.id)).toMatchObject({ allowed: true, used: 0, remaining: 3 });
  });

  it("their maker may revoke them, audited, without getting the quota back; nobody else's, and nothing more", async () => {
    await open({ memberInviteQuota: 2 });
    const member = await oldMember();
    const other = await oldMember();
    const made = await createMemberInvite(member);
    if (!made.ok) throw new Error(made.error.message);
    const id = made.data.id;

    expect(await revokeInvite({ id, actor: other })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await revokeInvite({ id, actor: member })).ok).toBe(true);
    expect(await redeemInvite(redeemRequest(made.data.code, "late"))).toMatchObject({ ok: false, error: { code: "revoked" } });
    expect(await db.auditEvent.count({ where: { action: "invite.revoke", target: id, actorId: member.id } })).toBe(1);
    expect(await memberInviteAllowance(member.id)).toMatchObject({ used: 1, remaining: 1 });

    // Reviving or extending one would get round the quota and the week it is valid.
    expect(await unrevokeInvite({ id, actor: member })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await extendInvite({ id, actor: member, expiresAt: new Date(Date.now() + 30 * DAY) })).toMatchObject({ ok: false, error: { code: "not_found" } });

    // An invite the member did not make from the account page stays out of reach, even one credited to them.
    const ordinary = await makeInvite({ createdById: member.id });
    expect(await revokeInvite({ id: ordinary.id, actor: member })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("an ADMIN changes one person's quota or takes the privilege away, audited", async () => {
    await open({ memberInviteQuota: 1 });
    const admin = await makeUser("ADMIN", "admin");
    const member = await oldMember();
    const ops = await makeUser("OPS", "ops");
    expect(await setMemberInvites({ id: member.id, quota: 5, blocked: false, actor: ops })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await setMemberInvites({ id: member.id, quota: 5, blocked: false, actor: admin })).ok).toBe(true);
    expect(await memberInviteAllowance(member.id)).toMatchObject({ quota: 5, remaining: 5 });
    expect((await setMemberInvites({ id: member.id, quota: null, blocked: true, actor: admin })).ok).toBe(true);
    expect(await createMemberInvite(member)).toMatchObject({ ok: false, error: { message: expect.stringContaining("turned off") } });
    const events = await db.auditEvent.findMany({ where: { action: "user.member_invites_change" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.detail)).toEqual([
      { quota: { from: null, to: 5 }, blocked: { from: false, to: false } },
      { quota: { from: 5, to: null }, blocked: { from: false, to: true } },
    ]);
  });
});
