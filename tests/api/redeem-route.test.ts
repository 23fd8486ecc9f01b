import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/redeem/route";
import { setClockForTests } from "@/lib/clock";
import { db } from "@/lib/db";
import { generateCode } from "@/lib/invites/codes";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { GUESSES_PER_IP } from "@/lib/rate-limit/code-guess-limit";
import { HOUR, makeInvite, makeUser, PASSWORD, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

let ipCounter = 0;

/** POSTs to the route handler the way Next does, each test from its own client address. */
function post(body: unknown, ip = `192.0.2.${++ipCounter}`) {
  return POST(
    new Request("http://localhost/api/v1/redeem", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
}

function account(code: string) {
  return { code, email: uniqueEmail("api"), name: "Api Person", password: PASSWORD };
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  return body;
}

beforeEach(resetDatabase);
afterEach(() => setClockForTests(undefined));

describe("POST /api/v1/redeem", () => {
  it("creates the account: 201 with id, e-mail and role, and records the IP", async () => {
    const invite = await makeInvite({ role: "EDITOR" });
    const body = account(invite.display.toLowerCase());
    const response = await post(body, "192.0.2.200");
    expect(response.status).toBe(201);
    const json = await response.json();
    expect(json).toEqual({ user: { id: expect.any(String), email: body.email, role: "EDITOR" } });
    expect(await db.redemption.findFirstOrThrow({ where: { userId: json.user.id } })).toMatchObject({ ip: "192.0.2.200" });
  });

  it("answers 400 invalid_json for a body that is not JSON, and 400 validation for one that is not an object", async () => {
    await expectError(await post("{ not json"), 400, "invalid_json");
    await expectError(await post("[1, 2]"), 400, "validation");
  });

  it("answers 400 validation with each field's message", async () => {
    const invite = await makeInvite();
    const body = await expectError(await post({ code: invite.code, email: "nope", password: "short" }), 400, "validation");
    expect(body.error.details.fields).toEqual({ email: expect.any(String), name: expect.any(String), password: expect.stringContaining("12") });
  });

  it("answers 400 typo for a wrong check symbol", async () => {
    const code = generateCode();
    await expectError(await post(account(code.slice(0, -1) + (code.at(-1) === "0" ? "1" : "0"))), 400, "typo");
  });

  it("answers 404 for a well-formed code that does not exist", async () => {
    await expectError(await post(account(generateCode())), 404, "invalid");
  });

  it("answers 409 for a used-up invite and for a taken e-mail, consuming nothing", async () => {
    const used = await makeInvite({ maxUses: 1 });
    expect((await post(account(used.code))).status).toBe(201);
    await expectError(await post(account(used.code)), 409, "exhausted");

    const member = await makeUser("MEMBER");
    const invite = await makeInvite({ maxUses: 1 });
    await expectError(await post({ ...account(invite.code), email: member.email }), 409, "email_taken");
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
  });

  it("answers 410 for an expired and for a revoked invite", async () => {
    const expiring = await makeInvite({ hours: 1 });
    setClockForTests(new Date(Date.now() + 2 * HOUR));
    await expectError(await post(account(expiring.code)), 410, "expired");
    setClockForTests(undefined);

    const admin = await makeUser("ADMIN");
    const revoked = await makeInvite();
    await revokeInvite({ id: revoked.id, actor: admin, reason: "test" });
    await expectError(await post(account(revoked.code)), 410, "revoked");
  });

  it("answers 429 with Retry-After once a client has sent 20 invalid codes", async () => {
    for (let i = 0; i < GUESSES_PER_IP.limit; i++) await expectError(await post(account(generateCode()), "192.0.2.250"), 404, "invalid");
    const response = await post(account(generateCode()), "192.0.2.250");
    const body = await expectError(response, 429, "rate_limited");
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(body.error.details).toBeUndefined();
  });
});
