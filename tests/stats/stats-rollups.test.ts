import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { redemptionsOverTime } from "@/lib/stats/redemptions-over-time";
import { resolveStatsRange, type StatsRange } from "@/lib/stats/stats-range";
import { accountsByInviter, conversion, redemptionBreakdowns } from "@/lib/stats/usage-breakdowns";
import { makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

/*
 * The statistics read hourly rollups kept by triggers. Here they must agree with the same figures computed the
 * slow way, straight from redemptions, invites and users, after every kind of change the triggers follow:
 * redemptions at any minute (zones at :30 cut hours in two), accounts disabled, an account deleted with its
 * redemptions, an invite's creator deleted (its invites keep no creator, its invitees no inviter), invites
 * deleted.
 */
const at = (iso: string) => new Date(iso);

async function redeem(inviteId: string, iso: string, invitedById: string | null) {
  const user = await db.user.create({ data: { email: `r-${crypto.randomUUID()}@example.test`, name: "Redeemer", role: "MEMBER", createdAt: at(iso), invitedById } });
  await db.redemption.create({ data: { inviteId, userId: user.id, createdAt: at(iso) } });
  await db.invite.update({ where: { id: inviteId }, data: { uses: { increment: 1 } } });
  return user;
}

type Row = Record<string, unknown>;
const sorted = (rows: Row[], key: (row: Row) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

async function direct(range: StatsRange) {
  const [byRole, byCreator, byBatch, byInvite, inviters, [created]] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT i.role, count(*)::int AS redemptions, count(DISTINCT i.id)::int AS invites
      FROM redemptions r JOIN invites i ON i.id = r.invite_id WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end} GROUP BY i.role`,
    db.$queryRaw<Row[]>`SELECT i.created_by_id::text AS "creatorId", count(*)::int AS redemptions, count(DISTINCT i.id)::int AS invites
      FROM redemptions r JOIN invites i ON i.id = r.invite_id WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end} GROUP BY i.created_by_id`,
    db.$queryRaw<Row[]>`SELECT i.batch_id::text AS "batchId", count(*)::int AS redemptions, count(DISTINCT i.id)::int AS invites
      FROM redemptions r JOIN invites i ON i.id = r.invite_id WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end} GROUP BY i.batch_id`,
    db.$queryRaw<Row[]>`SELECT r.invite_id::text AS id, count(*)::int AS redemptions
      FROM redemptions r WHERE r.created_at >= ${range.start} AND r.created_at < ${range.end} GROUP BY r.invite_id`,
    db.$queryRaw<Row[]>`SELECT u.invited_by_id::text AS "inviterId", count(*)::int AS accounts, count(*) FILTER (WHERE u.disabled)::int AS disabled
      FROM users u JOIN users inviter ON inviter.id = u.invited_by_id WHERE u.created_at >= ${range.start} AND u.created_at < ${range.end} GROUP BY u.invited_by_id`,
    db.$queryRaw<{ invites: number; offered: number; redeemed: number }[]>`SELECT count(*)::int AS invites, coalesce(sum(max_uses), 0)::int AS offered, coalesce(sum(uses), 0)::int AS redeemed
      FROM invites WHERE created_at >= ${range.start} AND created_at < ${range.end} AND NOT bootstrap`,
  ]);
  return { byRole, byCreator, byBatch, byInvite, inviters, created: created! };
}

async function directSeries(range: StatsRange): Promise<number[]> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(r.id)::int AS n
    FROM generate_series(date_trunc(${range.bucket}, ${range.fromDay}::date::timestamp), ${range.toDay}::date::timestamp, ${`1 ${range.bucket}`}::interval) AS s(local_start)
    LEFT JOIN redemptions r
      ON r.created_at >= (greatest(s.local_start, ${range.fromDay}::date::timestamp) AT TIME ZONE ${range.tz})
     AND r.created_at < (least(s.local_start + ${`1 ${range.bucket}`}::interval, (${range.toDay}::date + 1)::timestamp) AT TIME ZONE ${range.tz})
    GROUP BY s.local_start ORDER BY s.local_start`;
  return rows.map((row) => row.n);
}

async function expectAgreement(range: StatsRange) {
  const expected = await direct(range);
  const [{ byRole, byCreator, byBatch, mostUsed: byInvite }, inviters, converted, series] = await Promise.all([
    redemptionBreakdowns(range),
    accountsByInviter(range),
    conversion(range),
    redemptionsOverTime(range),
  ]);
  const label = `${range.fromDay}..${range.toDay} ${range.tz}`;
  expect(sorted(byRole, (row) => String(row.role)), label).toEqual(sorted(expected.byRole, (row) => String(row.role)));
  expect(sorted(byCreator.map(({ creatorId, redemptions, invites }) => ({ creatorId, redemptions, invites })), (row) => String(row.creatorId)), label).toEqual(sorted(expected.byCreator, (row) => String(row.creatorId)));
  expect(sorted(byBatch.map(({ batchId, redemptions, invites }) => ({ batchId, redemptions, invites })), (row) => String(row.batchId)), label).toEqual(sorted(expected.byBatch, (row) => String(row.batchId)));
  expect(sorted(byInvite.map(({ id, redemptions }) => ({ id, redemptions })), (row) => String(row.id)), label).toEqual(sorted(expected.byInvite, (row) => String(row.id)));
  expect(sorted(inviters.map(({ inviterId, accounts, disabled }) => ({ inviterId, accounts, disabled })), (row) => String(row.inviterId)), label).toEqual(sorted(expected.inviters, (row) => String(row.inviterId)));
  expect({ invites: converted.invites, offered: converted.offeredUses, redeemed: converted.redeemedUses }, label).toEqual(expected.created);
  expect(series.map((bucket) => bucket.redemptions), label).toEqual(await directSeries(range));
  return { redemptions: series.reduce((sum, bucket) => sum + bucket.redemptions, 0) };
}

const RANGES = [
  { from: "2026-03-09", to: "2026-03-12", tz: "UTC", bucket: "day" },
  { from: "2026-03-09", to: "2026-03-12", tz: "Asia/Kolkata", bucket: "day" },
  { from: "2026-03-10", to: "2026-03-11", tz: "Asia/Kathmandu", bucket: "day" },
  { from: "2026-03-01", to: "2026-03-20", tz: "America/St_Johns", bucket: "week" },
] as const;

async function expectAllAgree() {
  let total = 0;
  for (const query of RANGES) {
    const range = await resolveStatsRange({ range: "custom", ...query }, at("2026-03-21T00:00:00Z"));
    total += (await expectAgreement(range)).redemptions;
  }
  return total;
}

describe("statistics rollups", () => {
  beforeAll(resetDatabase);

  it("agree with the base tables through redemptions, disabled and deleted accounts, and deleted creators", async () => {
    const admin = await makeUser("ADMIN", "rollup-admin");
    const editor = await makeUser("EDITOR", "rollup-editor");
    const team = await makeInvite({ role: "EDITOR", maxUses: 20, createdById: admin.id, note: "team", hours: 24 * 400 });
    const solo = await makeInvite({ role: "MEMBER", maxUses: 20, createdById: editor.id, note: "solo", hours: 24 * 400 });
    const orphan = await makeInvite({ role: "OPS", maxUses: 20, note: "no creator", hours: 24 * 400 });
    await db.invite.updateMany({ where: { id: { in: [team.id, solo.id] } }, data: { createdAt: at("2026-03-10T05:40:00Z") } });

    // Minutes on both sides of :30 and :45, in hours that Kolkata's, Kathmandu's and St John's midnights cut.
    const times = ["2026-03-09T18:20:00Z", "2026-03-09T18:40:00Z", "2026-03-10T18:10:00Z", "2026-03-10T18:20:00Z", "2026-03-10T18:50:00Z",
      "2026-03-11T03:20:00Z", "2026-03-11T03:40:00Z", "2026-03-11T12:00:00Z", "2026-03-12T23:59:59Z", "2026-03-08T23:59:59Z"];
    const redeemers = [];
    for (const [index, iso] of times.entries()) {
      const invite = [team, solo, orphan][index % 3]!;
      redeemers.push(await redeem(invite.id, iso, index % 3 === 1 ? editor.id : index % 3 === 0 ? admin.id : null));
    }
    expect(await expectAllAgree()).toBeGreaterThan(0);

    await db.user.update({ where: { id: redeemers[0]!.id }, data: { disabled: true } });
    await db.user.delete({ where: { id: redeemers[3]!.id } });
    expect(await expectAllAgree()).toBeGreaterThan(0);

    // The editor goes: their invites lose their creator, their invitees their inviter.
    await db.user.delete({ where: { id: editor.id } });
    expect(await db.invite.findUniqueOrThrow({ where: { id: solo.id } })).toMatchObject({ createdById: null });
    expect(await expectAllAgree()).toBeGreaterThan(0);

    await db.invite.delete({ where: { id: orphan.id } });
    expect(await expectAllAgree()).toBeGreaterThan(0);
  });
});
