import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { freshInvites, inParallel, instances, postRedeem, redeemBody } from "./support";

it("2 000 concurrent redemptions of one code across two instances: exactly maxUses succeed", async () => {
  const [invite] = await freshInvites(1, 10);
  const urls = instances();
  // 2 000 people, each from their own address, as a load balancer in front of both instances would report them.
  const results = await inParallel(2_000, 2_000, (i) =>
    postRedeem(urls[i % urls.length]!, redeemBody(invite!.display), { "x-forwarded-for": `198.18.${i >> 8}.${i & 255}` }),
  );

  const statuses = results.map((result) => result.status);
  expect(statuses.filter((status) => status === 201)).toHaveLength(10);
  const others = results.filter((result) => result.status !== 201);
  const unexpected = others.filter((result) => !(result.status === 409 && result.json?.error?.code === "exhausted"));
  expect(unexpected.map((result) => `${result.status} ${result.json?.error?.code ?? result.text.slice(0, 120)}`)).toEqual([]);

  expect((await db.invite.findUniqueOrThrow({ where: { id: invite!.id } })).uses).toBe(10);
  expect(await db.redemption.count({ where: { inviteId: invite!.id } })).toBe(10);
  const winners = results.filter((result) => result.status === 201).map((result) => result.json!.user!.id);
  expect(await db.redemption.count({ where: { inviteId: invite!.id, userId: { in: winners } } })).toBe(10);
});
