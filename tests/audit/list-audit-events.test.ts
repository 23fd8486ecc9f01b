import { beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

async function eventAt(iso: string, event: Parameters<typeof recordAuditEvent>[0]) {
  await recordAuditEvent(event);
  const latest = await db.auditEvent.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  await db.auditEvent.update({ where: { id: latest.id }, data: { createdAt: new Date(iso) } });
  return latest.id;
}

describe("listAuditEvents", () => {
  it("filters by actor, action and inclusive UTC days", async () => {
    const alice = await makeUser("ADMIN", "alice");
    const bob = await makeUser("OPS", "bob");
    const a1 = await eventAt("2026-11-01T08:00:00Z", { actorId: alice.id, action: "invite.create" });
    const a2 = await eventAt("2026-11-02T23:59:00Z", { actorId: alice.id, action: "invite.revoke" });
    const b1 = await eventAt("2026-11-03T00:00:00Z", { actorId: bob.id, action: "auth.sign_in" });
    const anonymous = await eventAt("2026-11-03T12:00:00Z", { action: "invite.redeem_failed" });

    expect((await listAuditEvents({ actor: "ALICE" })).events.map((e) => e.id)).toEqual([a2, a1]);
    expect((await listAuditEvents({ action: "auth.sign_in" })).events.map((e) => e.id)).toEqual([b1]);
    expect((await listAuditEvents({ from: "2026-11-02", to: "2026-11-02" })).events.map((e) => e.id)).toEqual([a2]);
    expect((await listAuditEvents({ from: "2026-11-03" })).events.map((e) => e.id)).toEqual([anonymous, b1]);
    expect((await listAuditEvents({ actor: "alice", to: "2026-11-01" })).events.map((e) => e.id)).toEqual([a1]);
    expect((await listAuditEvents({})).events[0]).toMatchObject({ id: anonymous, actor: null });
  });

  it("counts days in the viewer's time zone", async () => {
    const alice = await makeUser("ADMIN", "alice");
    // 23:30 UTC on 2 November is 00:30 on 3 November in Berlin, and 18:30 on 2 November in New York.
    const late = await eventAt("2026-11-02T23:30:00Z", { actorId: alice.id, action: "invite.create" });
    expect((await listAuditEvents({ from: "2026-11-03", to: "2026-11-03" }, { tz: "Europe/Berlin" })).events.map((e) => e.id)).toEqual([late]);
    expect((await listAuditEvents({ from: "2026-11-03", to: "2026-11-03" }, { tz: "UTC" })).events).toEqual([]);
    expect((await listAuditEvents({ from: "2026-11-02", to: "2026-11-02" }, { tz: "America/New_York" })).events.map((e) => e.id)).toEqual([late]);
    expect((await listAuditEvents({ to: "2026-11-02" }, { tz: "Europe/Berlin" })).events).toEqual([]);
  });

  it("pages through everything exactly once, newest first", async () => {
    const ids: string[] = [];
    for (let day = 1; day <= 7; day++) ids.push(await eventAt(`2026-10-0${day}T10:00:00Z`, { action: "auth.sign_out" }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEvents({ limit: 3, cursor });
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids.reverse());
  });

  it("rejects unknown actions and malformed days", async () => {
    await expect(listAuditEvents({ action: "user.delete" as never })).rejects.toThrow();
    await expect(listAuditEvents({ from: "yesterday" })).rejects.toThrow();
  });
});
