import { beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { listInvites } from "@/lib/invites/invite-queries";
import { listUsers } from "@/lib/users/list-users";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

const ids = (page: { invites: { id: string }[] }) => page.invites.map((invite) => invite.id).sort();

describe("searching", () => {
  it("treats % and _ in the invite search as characters, not wildcards", async () => {
    const admin = await makeUser("ADMIN");
    const percent = await makeInvite({ note: "discount 50% off" });
    const underscore = await makeInvite({ note: "team_a" });
    await makeInvite({ note: "team-b, 50 people" });
    expect(ids(await listInvites({ q: "%" }, admin))).toEqual([percent.id]);
    expect(ids(await listInvites({ q: "50%" }, admin))).toEqual([percent.id]);
    expect(ids(await listInvites({ q: "m_a" }, admin))).toEqual([underscore.id]);
    expect(ids(await listInvites({ q: "_" }, admin))).toEqual([underscore.id]);
    expect(ids(await listInvites({ q: "\\" }, admin))).toEqual([]);
  });

  it("finds an invite by its whole code as printed, in any case, with or without dashes and spaces", async () => {
    const admin = await makeUser("ADMIN");
    const wanted = await makeInvite({ note: "wanted" });
    await makeInvite({ note: "other" });
    for (const typed of [wanted.code, wanted.display, wanted.display.toLowerCase(), ` ${wanted.display.replaceAll("-", " ")} `]) {
      expect(ids(await listInvites({ q: typed }, admin))).toEqual([wanted.id]);
    }
  });

  it("finds an invite by the first group of its code", async () => {
    const admin = await makeUser("ADMIN");
    const wanted = await makeInvite({ note: "wanted" });
    const firstGroup = wanted.display.split("-")[0]!;
    const found = ids(await listInvites({ q: firstGroup.toLowerCase() }, admin));
    expect(found).toContain(wanted.id);
    const prefix = (await db.invite.findUniqueOrThrow({ where: { id: wanted.id } })).prefix;
    for (const id of found) expect((await db.invite.findUniqueOrThrow({ where: { id } })).prefix).toBe(prefix);
  });

  it("treats % and _ literally in the user search and the audit log's actor filter", async () => {
    const plain = await makeUser("MEMBER", "plain");
    await db.user.update({ where: { id: plain.id }, data: { name: "Plain Person" } });
    const odd = await makeUser("MEMBER", "odd");
    await db.user.update({ where: { id: odd.id }, data: { name: "100% real_name" } });
    expect((await listUsers({ q: "%" })).users.map((user) => user.id)).toEqual([odd.id]);
    expect((await listUsers({ q: "l_n" })).users.map((user) => user.id)).toEqual([odd.id]);
    await recordAuditEvent({ actorId: plain.id, action: "invite.create" });
    await recordAuditEvent({ actorId: odd.id, action: "invite.create" });
    expect((await listAuditEvents({ actor: "%" })).events.map((event) => event.actor?.id)).toEqual([odd.id]);
  });
});
