import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/invites/check/route";
import { POST as redeem } from "@/app/api/v1/redeem/route";
import { db } from "@/lib/db";
import { generateCode } from "@/lib/invites/codes";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { GUESSES_PER_IP } from "@/lib/rate-limit/code-guess-limit";
import { updateSettings } from "@/lib/settings/update-settings";
import { makeInvite, makeUser, PASSWORD, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

let ipCounter = 0;

function check(body: unknown, ip = `192.0.2.${++ipCounter}`) {
  return POST(
    new Request("http://localhost/api/v1/invites/check", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
}

beforeEach(resetDatabase);

describe("POST /api/v1/invites/check", () => {
  it("says what a code grants and nothing secret, without taking a use", async () => {
    const invite = await makeInvite({ role: "EDITOR", maxUses: 3 });
    const response = await check({ code: invite.display.toLowerCase() });
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json).toEqual({ state: "active", role: "EDITOR", expiresAt: expect.any(String), maxUses: 3, usesLeft: 3, paused: false, pauseMessage: null });
    expect(new Date(json.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
  });

  it("reports a pause beside an active invite, with the administrator's message, since redeem would refuse it", async () => {
    const admin = await makeUser("ADMIN");
    const invite = await makeInvite();
    expect((await updateSettings({ actor: admin, change: { redemptionsPaused: true, pauseMessage: "Back on Monday." } })).ok).toBe(true);
    expect(await (await check({ code: invite.code })).json()).toMatchObject({ state: "active", paused: true, pauseMessage: "Back on Monday." });

    expect((await updateSettings({ actor: admin, change: { redemptionsPaused: false } })).ok).toBe(true);
    expect(await (await check({ code: invite.code })).json()).toMatchObject({ state: "active", paused: false, pauseMessage: null });
  });

  it("counts unknown codes as guesses while paused too, so a pause never makes it a free oracle", async () => {
    const admin = await makeUser("ADMIN");
    const invite = await makeInvite();
    expect((await updateSettings({ actor: admin, change: { redemptionsPaused: true, pauseMessage: null } })).ok).toBe(true);
    const ip = "198.51.100.78";
    for (let i = 0; i < GUESSES_PER_IP.limit; i++) expect((await check({ code: generateCode() }, ip)).status).toBe(404);
    expect((await check({ code: invite.code }, ip)).status).toBe(429);
  });

  it("reports a revoked or used-up invite by its state", async () => {
    const admin = await makeUser("ADMIN");
    const revoked = await makeInvite();
    await revokeInvite({ id: revoked.id, actor: admin, reason: "test" });
    expect(await (await check({ code: revoked.code })).json()).toMatchObject({ state: "revoked" });

    const used = await makeInvite({ maxUses: 1 });
    const redeemed = await redeem(
      new Request("http://localhost/api/v1/redeem", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.250" },
        body: JSON.stringify({ code: used.code, email: uniqueEmail("check"), name: "Check", password: PASSWORD }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(redeemed.status).toBe(201);
    expect(await (await check({ code: used.code })).json()).toMatchObject({ state: "exhausted", usesLeft: 0 });
  });

  it("answers 400 for a typo or a body without a code, and 404 for an unknown code", async () => {
    const code = generateCode();
    const typo = code.slice(0, -1) + (code.at(-1) === "0" ? "1" : "0");
    expect((await check({ code: typo })).status).toBe(400);
    expect((await check({})).status).toBe(400);
    expect((await check("{ nope")).status).toBe(400);
    const unknown = await check({ code: generateCode() });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "invalid" } });
  });

  it("shares the guess limit with redemption: after 20 unknown codes even a valid one is refused", async () => {
    const invite = await makeInvite();
    const ip = "198.51.100.77";
    for (let i = 0; i < GUESSES_PER_IP.limit; i++) expect((await check({ code: generateCode() }, ip)).status).toBe(404);
    const refused = await check({ code: invite.code }, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    const redeemed = await redeem(
      new Request("http://localhost/api/v1/redeem", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": ip },
        body: JSON.stringify({ code: invite.code, email: uniqueEmail("late"), name: "Late", password: PASSWORD }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(redeemed.status).toBe(429);
  });

  it("never counts codes that exist, however many are checked at once", async () => {
    const invite = await makeInvite();
    const ip = "198.51.100.78";
    const answers = await Promise.all(Array.from({ length: 60 }, () => check({ code: invite.code }, ip)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(60).fill(200));
    expect((await check({ code: generateCode() }, ip)).status).toBe(404);
    expect(await db.rateLimit.findMany({ where: { key: { contains: ip } }, select: { count: true } })).toEqual([{ count: 1 }]);
  });

  it("lets exactly 20 of 40 parallel unknown codes from one network through", async () => {
    const ip = "198.51.100.79";
    const answers = await Promise.all(Array.from({ length: 40 }, () => check({ code: generateCode() }, ip)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(20).fill(404), ...Array(20).fill(429)]);
  });
});
