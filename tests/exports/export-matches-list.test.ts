import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportInvitePages, type ExportedInvite } from "@/lib/invites/export-invite-pages";
import { listInvites } from "@/lib/invites/invite-queries";
import type { ListInvitesInput } from "@/lib/validation/invites";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

/*
 * The export filters in SQL, the list through Prisma (see listWhereSql). For every filter, sort and viewer, the
 * export must yield exactly the invites the list pages through, in the same order, with the same state.
 */
type Subject = { id: string; role: "ADMIN" | "EDITOR" | "OPS" | "MEMBER" };

async function listed(filter: Omit<ListInvitesInput, "cursor" | "limit">, subject: Subject) {
  const rows: { id: string; state: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await listInvites({ ...filter, cursor, limit: 2 }, subject);
    rows.push(...page.invites.map((invite) => ({ id: invite.id, state: invite.state })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

async function exported(filter: Omit<ListInvitesInput, "cursor" | "limit">, subject: Subject) {
  const rows: ExportedInvite[] = [];
  for await (const page of exportInvitePages(filter, subject)) rows.push(...page);
  return rows.map((invite) => ({ id: invite.id, state: invite.state }));
}

describe("the invites export and the invite list", () => {
  let admin: Subject;
  let editor: Subject;
  let code = "";
  let batchId = "";
  let prefix = "";

  beforeAll(async () => {
    await resetDatabase();
    admin = await db.user.update({ where: { id: (await makeUser("ADMIN", "ada")).id }, data: { name: "Ada Export" } });
    editor = await db.user.update({ where: { id: (await makeUser("EDITOR", "eddie")).id }, data: { name: "Eddie Export" } });
    const team = await makeInvite({ role: "EDITOR", maxUses: 3, createdById: admin.id, note: "Team 50% off" });
    code = team.display;
    prefix = team.display.split("-")[0]!;
    await makeInvite({ role: "MEMBER", createdById: editor.id, note: "spring_launch" });
    const used = await makeInvite({ role: "MEMBER", createdById: editor.id, note: "used up" });
    await db.invite.update({ where: { id: used.id }, data: { uses: 1 } });
    const revoked = await makeInvite({ role: "OPS", createdById: admin.id, note: "revoked one" });
    await db.invite.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    const expired = await makeInvite({ role: "MEMBER", note: "no creator, expired" });
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    const both = await makeInvite({ role: "MEMBER", createdById: editor.id, note: "revoked and expired" });
    await db.invite.update({ where: { id: both.id }, data: { revokedAt: new Date(), expiresAt: new Date(Date.now() - 1_000) } });
    batchId = (await db.invite.findUniqueOrThrow({ where: { id: used.id } })).batchId!;
    // Ties: three invites with one creation time.
    await db.invite.updateMany({ where: { note: { in: ["spring_launch", "used up", "revoked one"] } }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
  });

  it("select the same invites in the same order for every filter, sort and viewer", async () => {
    const filters: Omit<ListInvitesInput, "cursor" | "limit">[] = [
      {},
      { sort: "oldest" },
      { sort: "expiring" },
      { sort: "expiring-last" },
      ...(["active", "expired", "exhausted", "revoked"] as const).map((state) => ({ state })),
      { role: "MEMBER" },
      { createdById: editor.id },
      { batchId },
      { q: "50%" },
      { q: "_launch" },
      { q: "eddie" },
      { q: "ada export" },
      { q: code.toLowerCase() },
      { q: prefix },
      { q: "nothing matches this" },
      { state: "active", role: "MEMBER", sort: "oldest", q: "export" },
    ];
    for (const subject of [admin, editor]) {
      for (const filter of filters) {
        const expected = await listed(filter, subject);
        expect(await exported(filter, subject), `${subject.role} ${JSON.stringify(filter)}`).toEqual(expected);
      }
    }
    expect((await listed({}, admin)).length).toBe(6);
    expect((await listed({}, editor)).length).toBe(3);
  });
});
