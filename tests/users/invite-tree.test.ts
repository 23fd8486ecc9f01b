import { beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { statsReport } from "@/lib/stats/stats-report";
import { createSession } from "@/lib/sessions/create-session";
import { branchIds, inviteLinks, inviteTree } from "@/lib/users/invite-tree";
import { disableBranch } from "@/lib/users/set-user-disabled";
import { makeInvite, makeUser, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(async () => {
  setClockForTests(undefined);
  await resetDatabase();
});

/** Redeems an invite created by `inviterId` and answers the new account. */
async function invitedBy(inviterId: string, name: string) {
  const invite = await makeInvite({ createdById: inviterId, role: "EDITOR" });
  const result = await redeemInvite(redeemRequest(invite.code, name));
  if (!result.ok) throw new Error(result.error.message);
  return db.user.findUniqueOrThrow({ where: { id: result.data.user.id } });
}

/** admin → alice → (bob → carol), admin → dave */
async function family() {
  const admin = await makeUser("ADMIN", "admin");
  const alice = await invitedBy(admin.id, "alice");
  const bob = await invitedBy(alice.id, "bob");
  const carol = await invitedBy(bob.id, "carol");
  const dave = await invitedBy(admin.id, "dave");
  return { admin, alice, bob, carol, dave };
}

describe("the invite tree", () => {
  it("records the invite's creator as the new account's inviter", async () => {
    const { admin, alice, bob } = await family();
    expect(alice.invitedById).toBe(admin.id);
    expect(bob.invitedById).toBe(alice.id);
    const anonymous = await makeInvite({ createdById: null });
    const result = await redeemInvite(redeemRequest(anonymous.code, "nobody"));
    expect(result.ok && (await db.user.findUniqueOrThrow({ where: { id: result.data.user.id } })).invitedById).toBeNull();
  });

  it("lists a branch, counts it, and finds a searched account with the path to it", async () => {
    const { admin, alice, bob, carol, dave } = await family();
    expect((await branchIds(alice.id)).sort()).toEqual([alice.id, bob.id, carol.id].sort());

    const [root] = await inviteTree();
    expect(root).toMatchObject({ id: admin.id, branchSize: 4 });
    expect(root!.children.map((child) => [child.id, child.branchSize])).toEqual([
      [alice.id, 2],
      [dave.id, 0],
    ]);

    const found = await inviteTree("CAROL");
    expect(found).toHaveLength(1);
    const path = found[0]!.children;
    expect(path.map((node) => node.id)).toEqual([alice.id]);
    expect(path[0]!.children[0]!.children[0]).toMatchObject({ id: carol.id, match: true });
    expect(found[0]!.match).toBe(false);
    expect(await inviteTree("no such person")).toEqual([]);

    const links = await inviteLinks(alice.id);
    expect(links.inviter?.id).toBe(admin.id);
    expect(links.invitees.map((user) => user.id)).toEqual([bob.id]);
    expect(links.branchSize).toBe(2);
  });

  it("disables a branch in one audited action, ending sessions and revoking its invites", async () => {
    const { admin, alice, bob, carol, dave } = await family();
    await createSession({ userId: carol.id, ip: null, userAgent: null });
    const pending = await makeInvite({ createdById: bob.id });

    const result = await disableBranch({ id: alice.id, descendants: true, actor: admin });
    expect(result).toMatchObject({ ok: true, data: { rootId: alice.id, invitesRevoked: 1 } });
    expect(result.ok && [...result.data.disabled].sort()).toEqual([alice.id, bob.id, carol.id].sort());

    const disabled = await db.user.findMany({ where: { disabled: true }, select: { id: true } });
    expect(disabled.map((user) => user.id).sort()).toEqual([alice.id, bob.id, carol.id].sort());
    expect((await db.user.findUniqueOrThrow({ where: { id: dave.id } })).disabled).toBe(false);
    expect(await db.session.count({ where: { userId: carol.id, endedAt: null } })).toBe(0);
    expect((await db.invite.findUniqueOrThrow({ where: { id: pending.id } })).revokedAt).not.toBeNull();

    const events = await db.auditEvent.findMany({ where: { action: "user.disable_branch" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, target: alice.id, detail: { descendants: true, invitesRevoked: 1 } });

    expect(await disableBranch({ id: alice.id, descendants: true, actor: admin })).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("disables only the account itself without descendants", async () => {
    const { admin, alice, bob } = await family();
    expect(await disableBranch({ id: alice.id, descendants: false, actor: admin })).toMatchObject({ ok: true, data: { disabled: [alice.id] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: bob.id } })).disabled).toBe(false);
  });

  it("obeys the rules of disabling: managers only, never the actor's own branch, never the last administrator", async () => {
    const { admin, alice } = await family();
    const ops = await makeUser("OPS", "ops");
    expect(await disableBranch({ id: alice.id, descendants: true, actor: ops })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await disableBranch({ id: admin.id, descendants: true, actor: admin })).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringContaining("Your own account") } });

    // An administrator invited by the only other administrator: disabling the inviter's branch would leave none.
    const second = await invitedBy(admin.id, "second");
    const promoted = await db.user.update({ where: { id: second.id }, data: { role: "ADMIN" } });
    expect(await disableBranch({ id: admin.id, descendants: true, actor: promoted })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("Your own account") },
    });
    const outsider = await makeUser("ADMIN", "outsider");
    await db.user.update({ where: { id: outsider.id }, data: { disabled: true } });
    const lone = await makeUser("ADMIN", "lone");
    await db.user.updateMany({ where: { id: { in: [admin.id, second.id] } }, data: { disabled: true } });
    expect(await disableBranch({ id: lone.id, descendants: false, actor: { id: admin.id, role: "ADMIN" } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("last enabled administrator") },
    });
    expect(await disableBranch({ id: "not-a-uuid", descendants: true, actor: lone })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("counts new accounts per inviter in the stats, with how many are disabled", async () => {
    const { admin, alice, bob } = await family();
    await disableBranch({ id: bob.id, descendants: true, actor: admin });
    const report = await statsReport({ range: "7d", tz: "UTC" });
    expect(report.byInviter).toEqual([
      { inviterId: admin.id, email: admin.email, name: admin.name, accounts: 2, disabled: 0 },
      { inviterId: alice.id, email: alice.email, name: alice.name, accounts: 1, disabled: 1 },
      { inviterId: bob.id, email: bob.email, name: bob.name, accounts: 1, disabled: 1 },
    ]);
  });
});
