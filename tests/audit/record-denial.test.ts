import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordDenial } from "@/lib/audit/record-denial";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
// Inside one fixed window: on the wall clock the 50 refusals could straddle a minute boundary and rightly count twice.
beforeEach(() => setClockForTests(new Date("2026-03-01T10:00:05Z")));
afterEach(() => setClockForTests(undefined));

describe("recordDenial", () => {
  it("writes one access.denied event per caller and thing per minute, however many refusals", async () => {
    const ops = await makeUser("OPS");
    for (let i = 0; i < 50; i++) {
      await recordDenial({ subject: ops, ip: "10.9.9.9", what: "action revokeInvite", permission: "invites.manage", status: 403 });
    }
    await recordDenial({ subject: ops, ip: "10.9.9.9", what: "page /admin/users", permission: "users.manage", status: 403 });
    await recordDenial({ subject: null, ip: "192.0.2.4", what: "GET /api/v1/stats", status: 401, reason: "invalid_key" });
    const events = await db.auditEvent.findMany({ where: { action: "access.denied" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.actorId, event.target, event.ip])).toEqual([
      [ops.id, "action revokeInvite", "10.9.9.9"],
      [ops.id, "page /admin/users", "10.9.9.9"],
      [null, "GET /api/v1/stats", "192.0.2.4"],
    ]);
    setClockForTests(new Date("2026-03-01T10:01:05Z"));
    await recordDenial({ subject: ops, ip: "10.9.9.9", what: "action revokeInvite", permission: "invites.manage", status: 403 });
    expect(await db.auditEvent.count({ where: { action: "access.denied", target: "action revokeInvite" } })).toBe(2);
    expect(events[2]!.detail).toEqual({ status: 401, reason: "invalid_key" });
  });
});
