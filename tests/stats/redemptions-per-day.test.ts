import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { inviteStats } from "@/lib/stats/invite-stats";
import { redemptionsPerDay } from "@/lib/stats/redemptions-per-day";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

async function redeemedAt(inviteId: string, iso: string) {
  const user = await makeUser("MEMBER", "redeemer");
  await db.redemption.create({ data: { inviteId, userId: user.id, createdAt: new Date(iso) } });
  await db.invite.update({ where: { id: inviteId }, data: { uses: { increment: 1 } } });
}

describe("redemptionsPerDay", () => {
  it("returns 30 UTC days oldest first, quiet days as 0, and ignores older redemptions", async () => {
    setClockForTests(new Date("2026-11-22T15:00:00Z"));
    const invite = await makeInvite({ maxUses: 10, hours: 24 * 90 });
    await redeemedAt(invite.id, "2026-11-22T00:00:00Z");
    await redeemedAt(invite.id, "2026-11-22T14:59:00Z");
    await redeemedAt(invite.id, "2026-11-21T23:59:59Z");
    await redeemedAt(invite.id, "2026-10-24T00:00:00Z");
    await redeemedAt(invite.id, "2026-10-23T23:59:59Z");

    const { current: days } = await redemptionsPerDay();
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ bucket: "2026-10-24", redemptions: 1 });
    expect(days.at(-1)).toEqual({ bucket: "2026-11-22", redemptions: 2 });
    expect(days.at(-2)).toEqual({ bucket: "2026-11-21", redemptions: 1 });
    expect(days.reduce((sum, day) => sum + day.redemptions, 0)).toBe(4);
    expect(days.filter((day) => day.redemptions === 0)).toHaveLength(27);
  });

  it("counts only an EDITOR's own invites, for the chart and the stats alike", async () => {
    setClockForTests(new Date("2026-11-22T15:00:00Z"));
    const editor = await makeUser("EDITOR", "editor");
    const admin = await makeUser("ADMIN", "admin");
    const mine = await makeInvite({ maxUses: 5, createdById: editor.id, hours: 48 });
    const theirs = await makeInvite({ maxUses: 5, createdById: admin.id, hours: 48 });
    await redeemedAt(mine.id, "2026-11-22T10:00:00Z");
    await redeemedAt(theirs.id, "2026-11-22T11:00:00Z");
    await redeemedAt(theirs.id, "2026-11-22T12:00:00Z");

    expect((await redemptionsPerDay(editor)).current.at(-1)).toEqual({ bucket: "2026-11-22", redemptions: 1 });
    expect((await redemptionsPerDay(admin)).current.at(-1)).toEqual({ bucket: "2026-11-22", redemptions: 3 });

    const editorStats = await inviteStats(editor);
    expect(editorStats).toMatchObject({ total: 1, active: 1, redemptions: { total: 1, last24h: 1 } });
    expect((await inviteStats(admin)).total).toBe(2);
    expect((await inviteStats()).redemptions.total).toBe(3);
  });
});
