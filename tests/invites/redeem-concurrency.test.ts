import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { makeInvite, redeemRequest } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

beforeEach(resetDatabase);

it("lets exactly maxUses of 200 parallel redemptions through", async () => {
  const invite = await makeInvite({ role: "MEMBER", maxUses: 10 });
  const results = await Promise.all(
    // Each racer from its own address: 200 lookups at one instant from one IP would meet the guess limit.
    Array.from({ length: 200 }, (_, i) => redeemInvite({ ...redeemRequest(invite.code, `racer${i}`), ip: `10.0.0.${i}` })),
  );

  const codes = results.map((result) => (result.ok ? "ok" : result.error.code));
  expect(codes.filter((code) => code === "ok")).toHaveLength(10);
  expect(codes.filter((code) => code === "exhausted")).toHaveLength(190);
  expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(10);
  expect(await db.redemption.count({ where: { inviteId: invite.id } })).toBe(10);
  expect(await db.user.count()).toBe(10);
});
