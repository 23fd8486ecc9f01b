import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { listUsers } from "@/lib/users/list-users";
import { makeInvite, makeUser, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

describe("listUsers", () => {
  it("searches by e-mail or name, filters by role and status", async () => {
    const alice = await makeUser("ADMIN", "alice");
    const bob = await db.user.update({ where: { id: (await makeUser("EDITOR", "bobby")).id }, data: { name: "Bobby Tables" } });
    const carol = await makeUser("MEMBER", "carol");
    await db.user.update({ where: { id: carol.id }, data: { disabled: true } });

    expect((await listUsers({ q: "ALICE" })).users.map((u) => u.id)).toEqual([alice.id]);
    expect((await listUsers({ q: "tables" })).users.map((u) => u.id)).toEqual([bob.id]);
    expect((await listUsers({ role: "EDITOR" })).users.map((u) => u.id)).toEqual([bob.id]);
    expect((await listUsers({ status: "disabled" })).users.map((u) => u.id)).toEqual([carol.id]);
    expect((await listUsers({})).users).toHaveLength(3);
  });

  it("pages newest first with a cursor and counts each user's invites", async () => {
    const made = [];
    for (let i = 0; i < 5; i++) {
      const user = await makeUser("MEMBER", `user${i}`);
      await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
      made.push(user.id);
    }
    const first = await listUsers({ limit: 2 });
    const second = await listUsers({ limit: 2, cursor: first.nextCursor! });
    const third = await listUsers({ limit: 2, cursor: second.nextCursor! });
    expect([...first.users, ...second.users, ...third.users].map((u) => u.id)).toEqual([...made].reverse());
    expect(third.nextCursor).toBeNull();
    expect(first.users[0]).toMatchObject({ invitesCreated: 0, redemptions: 0 });
    // A damaged cursor is refused, not quietly read as "from the top".
    await expect(listUsers({ cursor: "tampered" })).rejects.toThrow();
  });

  it("counts the invites each user of the page created and redeemed, and only theirs", async () => {
    const editor = await makeUser("EDITOR", "creator");
    const bystander = await makeUser("EDITOR", "bystander");
    await makeInvite({ createdById: bystander.id });
    const invites = [await makeInvite({ createdById: editor.id }), await makeInvite({ createdById: editor.id }), await makeInvite({ createdById: editor.id })];
    const redeemed = await redeemInvite(redeemRequest(invites[0]!.code, "redeemer"));
    if (!redeemed.ok) throw new Error(redeemed.error.code);
    const users = (await listUsers({})).users;
    expect(users.find((user) => user.id === editor.id)).toMatchObject({ invitesCreated: 3, redemptions: 0 });
    expect(users.find((user) => user.id === bystander.id)).toMatchObject({ invitesCreated: 1, redemptions: 0 });
    expect(users.find((user) => user.email === redeemed.data.user.email)).toMatchObject({ invitesCreated: 0, redemptions: 1 });
  });
});
