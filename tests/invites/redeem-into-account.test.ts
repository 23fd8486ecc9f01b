import { beforeEach, describe, expect, it } from "vitest";
import { raisedRole, ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { redeemIntoAccount } from "@/lib/invites/redeem-invite";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const into = (code: string, userId: string, ip = "127.0.0.1") => redeemIntoAccount({ code, userId, ip, userAgent: "vitest" });

describe("redeeming into an existing account", () => {
  it("raises the role when the invite's is higher and records a redemption like any other", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const member = await makeUser("MEMBER", "member");
    const invite = await makeInvite({ role: "EDITOR", maxUses: 3, createdById: admin.id });

    const result = await into(invite.code, member.id);
    expect(result).toMatchObject({ ok: true, data: { previousRole: "MEMBER", user: { id: member.id, role: "EDITOR" }, inviteId: invite.id } });

    const after = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.role).toBe("EDITOR");
    expect(after.invitedById).toBe(admin.id);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(1);
    expect(await db.redemption.findMany({ where: { inviteId: invite.id } })).toEqual([expect.objectContaining({ userId: member.id, ip: "127.0.0.1" })]);
    const [event] = await db.auditEvent.findMany({ where: { action: "invite.redeem" } });
    expect(event).toMatchObject({ actorId: member.id, target: invite.id, detail: { existingAccount: true, roleBefore: "MEMBER", roleAfter: "EDITOR" } });
  });

  it("never lowers a role, and EDITOR and OPS do not replace each other", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await makeUser("EDITOR", "editor");
    for (const [user, role] of [[admin, "MEMBER"], [editor, "OPS"], [editor, "MEMBER"]] as const) {
      const invite = await makeInvite({ role });
      expect(await into(invite.code, user.id)).toMatchObject({ ok: true, data: { user: { role: user.role } } });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("EDITOR");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("decides raises in the database exactly as the policy's role rank does", async () => {
    for (const current of ROLES) {
      for (const offered of ROLES) {
        const user = await makeUser(current as Role, "rank");
        const invite = await makeInvite({ role: offered as Role });
        expect(await into(invite.code, user.id)).toMatchObject({ ok: true, data: { user: { role: raisedRole(current, offered) } } });
      }
    }
  });

  it("lets an account use an invite only once, also when it tries twice at the same instant", async () => {
    const member = await makeUser("MEMBER", "member");
    const invite = await makeInvite({ role: "MEMBER", maxUses: 10 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => into(invite.code, member.id, `10.1.0.${i}`)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error.code)).toEqual(Array(7).fill("already_redeemed"));
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(1);
    expect(await into(invite.code, member.id)).toMatchObject({ ok: false, error: { code: "already_redeemed" } });
  });

  it("takes exactly the uses left when many accounts race for them", async () => {
    const invite = await makeInvite({ role: "OPS", maxUses: 3 });
    const members = await Promise.all(Array.from({ length: 12 }, (_, i) => makeUser("MEMBER", `racer${i}`)));
    const results = await Promise.all(members.map((member, i) => into(invite.code, member.id, `10.2.0.${i}`)));
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok && result.error.code === "exhausted")).toHaveLength(9);
    expect(await db.user.count({ where: { role: "OPS" } })).toBe(3);
  });

  it("refuses dead invites and disabled accounts without taking a use", async () => {
    const member = await makeUser("MEMBER", "member");
    const expired = await makeInvite({ hours: -1 });
    expect(await into(expired.code, member.id)).toMatchObject({ ok: false, error: { code: "expired" } });
    const live = await makeInvite({ role: "EDITOR" });
    await db.user.update({ where: { id: member.id }, data: { disabled: true } });
    expect((await into(live.code, member.id)).ok).toBe(false);
    expect((await db.invite.findUniqueOrThrow({ where: { id: live.id } })).uses).toBe(0);
  });

  it("never makes a loop in the invite tree", async () => {
    const root = await makeUser("ADMIN", "root");
    const child = await makeUser("EDITOR", "child");
    await db.user.update({ where: { id: child.id }, data: { invitedById: root.id } });
    const invite = await makeInvite({ role: "MEMBER", createdById: child.id });
    expect((await into(invite.code, root.id)).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: root.id } })).invitedById).toBeNull();
  });
});
