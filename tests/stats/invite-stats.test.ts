import { afterEach, beforeEach, expect, it } from "vitest";
import { now, setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { createInvites } from "@/lib/invites/create-invites";
import { inviteState } from "@/lib/invites/invite-state";
import { inviteStats } from "@/lib/stats/invite-stats";
import { extendInvite, revokeInvite, unrevokeInvite } from "@/lib/invites/manage-invite";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { ROLES } from "@/lib/auth/policy";
import { HOUR, makeUser, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

/** The same numbers the slow way: every invite read and classified in JavaScript. */
async function countedByHand(at: Date) {
  const invites = await db.invite.findMany();
  const expected = { active: 0, expired: 0, exhausted: 0, revoked: 0, total: invites.length, uses: 0 };
  for (const invite of invites) {
    expected[inviteState(invite, at)] += 1;
    expected.uses += invite.uses;
  }
  return expected;
}

async function expectStatsToMatch(at: Date) {
  setClockForTests(at);
  const stats = await inviteStats();
  const expected = await countedByHand(at);
  expect({ ...stats, uses: stats.redemptions.total }).toMatchObject(expected);
  for (const role of ROLES) {
    expect(stats.byRole[role].invites).toBe(await db.invite.count({ where: { role } }));
  }
}

it("keeps the trigger-maintained counts equal to a full scan through every kind of change", async () => {
  const admin = await makeUser("ADMIN");
  const start = new Date(Math.floor(now().getTime() / HOUR) * HOUR + 30 * 60_000);
  setClockForTests(start);
  const batches = [];
  // Expiries before, inside and after the current hour, so every branch of the bucket arithmetic is used.
  for (const [minutes, role, maxUses] of [
    [-90, "MEMBER", 1],
    [-10, "EDITOR", 2],
    [10, "ADMIN", 1],
    [25, "OPS", 3],
    [200, "MEMBER", 2],
    [60 * 24, "EDITOR", 1],
  ] as const) {
    batches.push(
      await createInvites({ role, maxUses, expiresAt: new Date(start.getTime() + minutes * 60_000), count: 3, createdById: admin.id }),
    );
  }
  await expectStatsToMatch(start);

  const future = batches.slice(2).flatMap((batch) => batch.invites);
  for (const invite of future.slice(0, 6)) await redeemInvite(redeemRequest(invite.code, "stats"));
  await revokeInvite({ id: future[6]!.id, actor: admin });
  await revokeInvite({ id: future[7]!.id, actor: admin });
  await unrevokeInvite({ id: future[7]!.id, actor: admin });
  await extendInvite({ id: future[8]!.id, actor: admin, expiresAt: new Date(start.getTime() + 5 * 60_000) });
  await db.invite.delete({ where: { id: future[9]!.id } });
  await expectStatsToMatch(start);

  // Time alone moves invites into "expired": within the hour, across the hour boundary, and a day later.
  await expectStatsToMatch(new Date(start.getTime() + 20 * 60_000));
  await expectStatsToMatch(new Date(start.getTime() + 45 * 60_000));
  await expectStatsToMatch(new Date(start.getTime() + 25 * HOUR));
});
