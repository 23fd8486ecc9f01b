import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { statsReport } from "@/lib/stats/stats-report";
import { statsQuerySchema } from "@/lib/validation/stats";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

async function redeemAt(inviteId: string, at: string) {
  const user = await makeUser("MEMBER", "stats-member");
  await db.redemption.create({ data: { inviteId, userId: user.id, createdAt: new Date(at) } });
  await db.invite.update({ where: { id: inviteId }, data: { uses: { increment: 1 } } });
}

describe("statsReport", () => {
  it("buckets redemptions by the viewer's local day and breaks them down by role, creator and batch", async () => {
    setClockForTests(new Date("2026-03-01T12:00:00Z"));
    const admin = await makeUser("ADMIN", "stats-admin");
    const spring = await makeInvite({ role: "EDITOR", maxUses: 5, createdById: admin.id, note: "spring", hours: 24 * 60 });
    const other = await makeInvite({ role: "MEMBER", maxUses: 5, note: "other", hours: 24 * 60 });
    await redeemAt(spring.id, "2026-03-10T23:30:00Z"); // 11 March in Tokyo
    await redeemAt(spring.id, "2026-03-10T10:00:00Z");
    await redeemAt(other.id, "2026-03-11T01:00:00Z");
    await redeemAt(other.id, "2026-03-20T01:00:00Z"); // outside the range
    await db.auditEvent.createMany({
      data: [
        { action: "invite.redeem_failed", detail: { reason: "expired" }, createdAt: new Date("2026-03-10T05:00:00Z") },
        { action: "invite.redeem_failed", detail: { reason: "expired" }, createdAt: new Date("2026-03-11T05:00:00Z") },
        { action: "invite.redeem_failed", detail: { reason: "invalid" }, createdAt: new Date("2026-03-11T06:00:00Z") },
      ],
    });
    setClockForTests(new Date("2026-03-21T12:00:00Z"));

    const utc = await statsReport({ range: "custom", from: "2026-03-09", to: "2026-03-12", tz: "UTC" });
    expect(utc.series).toEqual([
      { bucket: "2026-03-09", redemptions: 0 },
      { bucket: "2026-03-10", redemptions: 2 },
      { bucket: "2026-03-11", redemptions: 1 },
      { bucket: "2026-03-12", redemptions: 0 },
    ]);
    const tokyo = await statsReport({ range: "custom", from: "2026-03-09", to: "2026-03-12", tz: "Asia/Tokyo" });
    expect(tokyo.series.map((bucket) => bucket.redemptions)).toEqual([0, 1, 2, 0]);
    expect(tokyo.range.start.toISOString()).toBe("2026-03-08T15:00:00.000Z");

    expect(utc.redemptionsInRange).toBe(3);
    expect(utc.byRole).toEqual([
      { role: "EDITOR", redemptions: 2, invites: 1 },
      { role: "MEMBER", redemptions: 1, invites: 1 },
    ]);
    expect(utc.byCreator[0]).toMatchObject({ creatorId: admin.id, email: admin.email, redemptions: 2 });
    expect(utc.byBatch.map((batch) => [batch.note, batch.redemptions])).toEqual([["spring", 2], ["other", 1]]);
    expect(utc.mostUsed[0]).toMatchObject({ id: spring.id, redemptions: 2, uses: 2, maxUses: 5 });
    expect(utc.failedByReason).toEqual([{ reason: "expired", count: 2 }, { reason: "invalid", count: 1 }]);
    expect(utc.counts).toMatchObject({ active: 2, total: 2 });
  });

  it("groups by week, counts conversion for invites created in the range, and presets end today", async () => {
    setClockForTests(new Date("2026-03-02T12:00:00Z"));
    const invite = await makeInvite({ maxUses: 4, hours: 24 * 30 });
    // created_at comes from the database's clock, not the test clock.
    await db.invite.update({ where: { id: invite.id }, data: { createdAt: new Date("2026-03-02T12:00:00Z") } });
    await redeemAt(invite.id, "2026-03-03T12:00:00Z");
    setClockForTests(new Date("2026-03-20T12:00:00Z"));
    const report = await statsReport({ range: "30d", bucket: "week", tz: "UTC" });
    expect(report.range).toMatchObject({ fromDay: "2026-02-19", toDay: "2026-03-20" });
    expect(report.series[0]!.bucket).toBe("2026-02-16");
    expect(report.series.find((bucket) => bucket.bucket === "2026-03-02")!.redemptions).toBe(1);
    expect(report.conversion).toEqual({ invites: 1, offeredUses: 4, redeemedUses: 1, rate: 0.25 });
  });

  it("accepts the time-zone aliases browsers report, in PostgreSQL too", async () => {
    const report = await statsReport({ range: "7d", tz: "Asia/Calcutta" });
    expect(report.range.tz).toBe("Asia/Calcutta");
    expect(report.series).toHaveLength(7);
  });

  it("refuses unknown time zones and backwards ranges", () => {
    expect(statsQuerySchema.safeParse({ tz: "Mars/Olympus" }).success).toBe(false);
    expect(statsQuerySchema.safeParse({ tz: "UTC'; SELECT 1" }).success).toBe(false);
    expect(statsQuerySchema.safeParse({ tz: "Europe/Berlin" }).success).toBe(true);
    expect(statsQuerySchema.safeParse({ range: "custom", from: "2026-03-10", to: "2026-03-01" }).success).toBe(false);
  });
});
