import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { getInvite, listInvites } from "@/lib/invites/invite-queries";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

async function inviteWith(hours: number, createdAt: string, createdById: string | null = null) {
  const invite = await makeInvite({ hours, createdById, note: `expires in ${hours}h` });
  await db.invite.update({ where: { id: invite.id }, data: { createdAt: new Date(createdAt) } });
  return invite.id;
}

async function allPages(input: Parameters<typeof listInvites>[0], actor: Parameters<typeof listInvites>[1]) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listInvites({ ...input, limit: 2, cursor }, actor);
    ids.push(...page.invites.map((invite) => invite.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe("listInvites", () => {
  it("sorts by creation or expiry in both directions, paging through every row exactly once", async () => {
    const admin = await makeUser("ADMIN");
    const a = await inviteWith(30, "2026-01-01T00:00:00Z");
    const b = await inviteWith(10, "2026-01-02T00:00:00Z");
    const c = await inviteWith(20, "2026-01-03T00:00:00Z");
    const d = await inviteWith(20, "2026-01-04T00:00:00Z");
    const e = await inviteWith(5, "2026-01-05T00:00:00Z");

    expect(await allPages({}, admin)).toEqual([e, d, c, b, a]);
    expect(await allPages({ sort: "oldest" }, admin)).toEqual([a, b, c, d, e]);
    const expiring = await allPages({ sort: "expiring" }, admin);
    expect([expiring[0], expiring[1], expiring.at(-1)]).toEqual([e, b, a]);
    expect(new Set(expiring.slice(2, 4))).toEqual(new Set([c, d]));
    expect((await allPages({ sort: "expiring-last" }, admin))[0]).toBe(a);
  });

  it("filters by state, role and search, and shows an EDITOR only their own invites", async () => {
    const admin = await makeUser("ADMIN", "admin");
    const editor = await db.user.update({ where: { id: (await makeUser("EDITOR", "ed")).id }, data: { name: "Edith Editor" } });
    const mine = await makeInvite({ createdById: editor.id, note: "Conference table", role: "EDITOR" });
    const theirs = await makeInvite({ createdById: admin.id, note: "board", role: "MEMBER" });
    await revokeInvite({ id: theirs.id, actor: admin });

    expect((await listInvites({ state: "revoked" }, admin)).invites.map((i) => i.id)).toEqual([theirs.id]);
    expect((await listInvites({ state: "active" }, admin)).invites.map((i) => i.id)).toEqual([mine.id]);
    expect((await listInvites({ role: "EDITOR" }, admin)).invites.map((i) => i.id)).toEqual([mine.id]);
    expect((await listInvites({ q: "conference" }, admin)).invites.map((i) => i.id)).toEqual([mine.id]);
    expect((await listInvites({ q: "edith" }, admin)).invites.map((i) => i.id)).toEqual([mine.id]);
    expect((await listInvites({ q: mine.prefix.toLowerCase() }, admin)).invites.map((i) => i.id)).toContain(mine.id);

    expect((await listInvites({}, editor)).invites.map((i) => i.id)).toEqual([mine.id]);
    expect(await getInvite(theirs.id, editor)).toEqual({ status: "hidden" });
    expect(await getInvite(mine.id, editor)).toMatchObject({ status: "found", invite: { id: mine.id, state: "active", redemptions: [] } });
    expect(await getInvite("00000000-0000-4000-8000-000000000000", editor)).toEqual({ status: "missing" });
  });
});
