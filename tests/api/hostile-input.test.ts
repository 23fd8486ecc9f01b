import { beforeEach, describe, expect, it } from "vitest";
import { POST as revokeRoute } from "@/app/api/v1/invites/[id]/revoke/route";
import { GET as listInvitesRoute, POST as createInvitesRoute } from "@/app/api/v1/invites/route";
import { POST as redeemRoute } from "@/app/api/v1/redeem/route";
import { GET as statsRoute } from "@/app/api/v1/stats/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { HOUR, makeInvite, makeUser, PASSWORD, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

/*
 * Regressions for inputs that used to end in HTTP 500: each is now a 400 naming the field, and nothing is
 * written or used up.
 */
const params = <P>(value: P) => ({ params: Promise.resolve(value) });
let ip = 0;

function call(path: string, init: { method?: string; body?: unknown; key?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json", "x-forwarded-for": `203.0.113.${++ip}` });
  if (init.key) headers.set("authorization", `Bearer ${init.key}`);
  return new Request(`http://localhost/api/v1${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function key(scopes: ("stats:read" | "invites:read" | "invites:write")[]) {
  const admin = await makeUser("ADMIN", "hostile");
  const created = await createApiKey({ name: "hostile", scopes, expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!created.ok) throw new Error(created.error.message);
  return created.data.key;
}

async function expectFieldError(response: Response, field: string) {
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("validation");
  const paths = Array.isArray(body.error.details) ? body.error.details.map((issue: { path: string }) => issue.path) : Object.keys(body.error.details.fields);
  expect(paths).toContain(field);
}

beforeEach(resetDatabase);

describe("hostile input on the JSON API", () => {
  it.each([
    ["a NUL byte", "Ann\u0000"],
    ["another control character", "Ann\u001b[31m"],
    ["a line break", "Ann\nBob"],
    ["a right-to-left override", "\u202eAnn"],
    ["an isolate", "Ann\u2067x\u2069"],
  ])("redeem refuses a name with %s (400, field error) and uses nothing", async (_what, name) => {
    const invite = await makeInvite();
    const response = await redeemRoute(call("/redeem", { method: "POST", body: { code: invite.code, email: uniqueEmail("nul"), name, password: PASSWORD } }), params({}));
    await expectFieldError(response, "name");
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    expect(await db.user.count({ where: { role: "MEMBER" } })).toBe(0);
  });

  it("refuses a NUL byte in an invite's note, an expiry in the year 275760, and a NUL in a revoke reason", async () => {
    const write = await key(["invites:write"]);
    const expiresAt = new Date(now().getTime() + 24 * HOUR).toISOString();
    await expectFieldError(await createInvitesRoute(call("/invites", { method: "POST", key: write, body: { role: "MEMBER", maxUses: 1, expiresAt, note: "x\u0000y" } }), params({})), "note");
    await expectFieldError(
      await createInvitesRoute(call("/invites", { method: "POST", key: write, body: { role: "MEMBER", maxUses: 1, expiresAt: "+275760-09-13T00:00:00Z" } }), params({})),
      "expiresAt",
    );
    expect(await db.invite.count()).toBe(0);
    const invite = await makeInvite();
    await expectFieldError(await revokeRoute(call(`/invites/${invite.id}/revoke`, { method: "POST", key: write, body: { reason: "bad\u0000" } }), params({ id: invite.id })), "reason");
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).revokedAt).toBeNull();
  });

  it("refuses a NUL byte in the invite search and a damaged cursor", async () => {
    const read = await key(["invites:read"]);
    await expectFieldError(await listInvitesRoute(call(`/invites?q=${encodeURIComponent("a\u0000")}`, { key: read }), params({})), "q");
    await expectFieldError(await listInvitesRoute(call("/invites?cursor=tampered", { key: read }), params({})), "cursor");
  });

  it("refuses a time zone JavaScript accepts but PostgreSQL does not, and a range in the year 9999", async () => {
    const stats = await key(["stats:read"]);
    expect(() => new Intl.DateTimeFormat("en", { timeZone: "US/Pacific-New" })).not.toThrow();
    await expectFieldError(await statsRoute(call("/stats?tz=US/Pacific-New", { key: stats }), params({})), "tz");
    await expectFieldError(await statsRoute(call("/stats?range=custom&from=9999-12-01&to=9999-12-31", { key: stats }), params({})), "from");
    const fine = await statsRoute(call("/stats?tz=america/new_york", { key: stats }), params({}));
    expect(fine.status).toBe(200);
  });
});
