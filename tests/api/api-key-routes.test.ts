import { beforeEach, describe, expect, it } from "vitest";
import { GET as getInvite } from "@/app/api/v1/invites/[id]/route";
import { POST as revokeRoute } from "@/app/api/v1/invites/[id]/revoke/route";
import { POST as unrevokeRoute } from "@/app/api/v1/invites/[id]/unrevoke/route";
import { GET as listInvitesRoute, POST as createInvitesRoute } from "@/app/api/v1/invites/route";
import { GET as statsRoute } from "@/app/api/v1/stats/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { API_SCOPES, type ApiScope } from "@/lib/validation/api-keys";
import { HOUR, makeInvite, makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

type Admin = Awaited<ReturnType<typeof makeUser>>;
type Call = (authorization: string | null) => Promise<Response>;

const BASE = "http://localhost/api/v1";

function request(path: string, authorization: string | null, init: { method?: string; body?: unknown } = {}): Request {
  const headers = new Headers({ "content-type": "application/json" });
  if (authorization !== null) headers.set("authorization", authorization);
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body });
}

const params = <P>(value: P) => ({ params: Promise.resolve(value) });

async function keyFor(admin: Admin, scopes: ApiScope[]): Promise<string> {
  const created = await createApiKey({ name: "test", scopes, expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!created.ok) throw new Error(created.error.message);
  return created.data.key;
}

/** Each route with the scope it needs, how to call it (fresh data per call) and the status of a good call. */
const ROUTES: { name: string; scope: ApiScope; success: number; setup: (admin: Admin) => Promise<Call> }[] = [
  { name: "GET /stats", scope: "stats:read", success: 200, setup: async () => (auth) => statsRoute(request("/stats?range=7d&tz=Europe/Berlin", auth), params({})) },
  { name: "GET /invites", scope: "invites:read", success: 200, setup: async () => (auth) => listInvitesRoute(request("/invites?state=active", auth), params({})) },
  {
    name: "POST /invites",
    scope: "invites:write",
    success: 201,
    setup: async () => (auth) =>
      createInvitesRoute(
        request("/invites", auth, { method: "POST", body: { role: "MEMBER", maxUses: 2, count: 3, expiresAt: new Date(now().getTime() + 24 * HOUR).toISOString() } }),
        params({}),
      ),
  },
  {
    name: "GET /invites/{id}",
    scope: "invites:read",
    success: 200,
    setup: async (admin) => {
      const invite = await makeInvite({ createdById: admin.id });
      return (auth) => getInvite(request(`/invites/${invite.id}`, auth), params({ id: invite.id }));
    },
  },
  {
    name: "POST /invites/{id}/revoke",
    scope: "invites:write",
    success: 200,
    setup: async (admin) => {
      const invite = await makeInvite({ createdById: admin.id });
      return (auth) => revokeRoute(request(`/invites/${invite.id}/revoke`, auth, { method: "POST", body: { reason: "leaked" } }), params({ id: invite.id }));
    },
  },
  {
    name: "POST /invites/{id}/unrevoke",
    scope: "invites:write",
    success: 200,
    setup: async (admin) => {
      const invite = await makeInvite({ createdById: admin.id });
      await revokeInvite({ id: invite.id, actor: { id: admin.id, role: "ADMIN" } });
      return (auth) => unrevokeRoute(request(`/invites/${invite.id}/unrevoke`, auth, { method: "POST" }), params({ id: invite.id }));
    },
  },
];

const CASES: { name: string; status: (success: number) => number; code?: string; authorization: (admin: Admin, scope: ApiScope) => Promise<string | null> }[] = [
  { name: "no key", status: () => 401, code: "missing_key", authorization: async () => null },
  { name: "malformed key", status: () => 401, code: "malformed_key", authorization: async () => "Bearer sk_not-a-real-key" },
  { name: "unknown key", status: () => 401, code: "invalid_key", authorization: async () => `Bearer sk_${"A".repeat(43)}` },
  {
    name: "wrong scope",
    status: () => 403,
    code: "insufficient_scope",
    authorization: async (admin, scope) => `Bearer ${await keyFor(admin, API_SCOPES.filter((other) => other !== scope))}`,
  },
  {
    name: "revoked key",
    status: () => 401,
    code: "revoked_key",
    authorization: async (admin, scope) => {
      const key = await keyFor(admin, [scope]);
      const row = await db.apiKey.findFirstOrThrow({ where: { createdById: admin.id }, orderBy: { createdAt: "desc" } });
      await revokeApiKey(row.id, { id: admin.id, role: "ADMIN" });
      return `Bearer ${key}`;
    },
  },
  {
    name: "expired key",
    status: () => 401,
    code: "expired_key",
    authorization: async (admin, scope) => {
      const key = await keyFor(admin, [scope]);
      await db.apiKey.updateMany({ where: { createdById: admin.id }, data: { expiresAt: new Date(now().getTime() - 1_000) } });
      return `Bearer ${key}`;
    },
  },
  { name: "good key", status: (success) => success, authorization: async (admin, scope) => `Bearer ${await keyFor(admin, [scope])}` },
];

beforeEach(resetDatabase);

describe.each(ROUTES)("$name", (route) => {
  it.each(CASES)("$name", async (testCase) => {
    const admin = await makeUser("ADMIN", "api-admin");
    const call = await route.setup(admin);
    const response = await call(await testCase.authorization(admin, route.scope));
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(testCase.status(route.success));
    if (testCase.code) expect(body).toEqual({ error: { code: testCase.code, message: expect.any(String) } });
  });
});

describe("API key use", () => {
  it("acts as the key's creator, records the last use, and stops when the creator is no longer an admin", async () => {
    const admin = await makeUser("ADMIN", "api-owner");
    const key = await keyFor(admin, ["invites:write"]);
    const call = () =>
      createInvitesRoute(
        request("/invites", `Bearer ${key}`, { method: "POST", body: { role: "EDITOR", maxUses: 1, expiresAt: new Date(now().getTime() + HOUR).toISOString() } }),
        params({}),
      );
    const created = await call();
    expect(created.status).toBe(201);
    const { invites } = (await created.json()) as { invites: { id: string; code: string }[] };
    expect(invites).toHaveLength(1);
    const invite = await db.invite.findUniqueOrThrow({ where: { id: invites[0]!.id } });
    expect(invite.createdById).toBe(admin.id);
    expect((await db.apiKey.findFirstOrThrow({ where: { createdById: admin.id } })).lastUsedAt).not.toBeNull();

    await db.user.update({ where: { id: admin.id }, data: { role: "OPS" } });
    const refused = await call();
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: "key_owner_inactive" } });
  });

  it("stores only a hash and a short prefix of the key", async () => {
    const admin = await makeUser("ADMIN", "api-hash");
    const key = await keyFor(admin, ["stats:read"]);
    expect(key).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiKey.findFirstOrThrow({ where: { createdById: admin.id } });
    expect(row.prefix).toBe(key.slice(0, 11));
    expect(Buffer.from(row.keyHash).toString("hex")).not.toContain(Buffer.from(key).toString("hex"));
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(key);
  });

  it("answers bad input with 400 and the fields in details", async () => {
    const admin = await makeUser("ADMIN", "api-validate");
    const key = await keyFor(admin, ["invites:write"]);
    const response = await createInvitesRoute(request("/invites", `Bearer ${key}`, { method: "POST", body: { role: "KING", maxUses: 0 } }), params({}));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("validation");
    expect(body.error.details.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(["role", "maxUses", "expiresAt"]));
  });
});
