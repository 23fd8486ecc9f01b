import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { actionResult, callServerAction, serverAction, serverActions } from "../support/server-action";
import { rememberSecret } from "./setup/secrets";
import { instances, PASSWORD } from "./support";

/*
 * DESIGN.md's permission table, enforced by the server whatever the browser shows: every server action and
 * every JSON route, called directly by each kind of caller. A server action counts as refused when it answers
 * `forbidden`; allowed callers send an empty input, so they get a validation error and nothing changes.
 */
const CALLERS = ["anonymous", "MEMBER", "OPS", "EDITOR", "ADMIN", "revoked API key"] as const;
type Caller = (typeof CALLERS)[number];
const STAFF_ROLES: Role[] = ["MEMBER", "OPS", "EDITOR", "ADMIN"];

const ACTIONS: Record<string, Caller[]> = {
  createInvitesAction: ["EDITOR", "ADMIN"],
  revokeInviteAction: ["EDITOR", "ADMIN"],
  unrevokeInviteAction: ["EDITOR", "ADMIN"],
  extendInviteAction: ["EDITOR", "ADMIN"],
  changeUserRoleAction: ["ADMIN"],
  setUserDisabledAction: ["ADMIN"],
  issueResetLinkAction: ["ADMIN"],
  createApiKeyAction: ["ADMIN"],
  revokeApiKeyAction: ["ADMIN"],
  redeemAction: [...CALLERS],
  signInAction: [...CALLERS],
  signOutAction: [...CALLERS],
  resetPasswordAction: [...CALLERS],
};

const NO_INVITE = randomUUID();
// [method, path, body, status when allowed, status when refused, callers allowed]
const ROUTES: [string, string, unknown, number, number, Caller[]][] = [
  ["GET", "/api/v1/stats", undefined, 200, 401, ["ADMIN"]],
  ["GET", "/api/v1/invites", undefined, 200, 401, ["ADMIN"]],
  ["POST", "/api/v1/invites", {}, 400, 401, ["ADMIN"]],
  ["GET", `/api/v1/invites/${NO_INVITE}`, undefined, 404, 401, ["ADMIN"]],
  ["POST", `/api/v1/invites/${NO_INVITE}/revoke`, {}, 404, 401, ["ADMIN"]],
  ["POST", `/api/v1/invites/${NO_INVITE}/unrevoke`, {}, 404, 401, ["ADMIN"]],
  ["POST", "/api/v1/redeem", {}, 400, 400, [...CALLERS]],
  ["GET", "/api/exports/invites", undefined, 200, 403, ["OPS", "ADMIN"]],
  ["GET", "/api/exports/redemptions", undefined, 200, 403, ["OPS", "ADMIN"]],
  ["GET", "/api/exports/audit", undefined, 200, 403, ["OPS", "ADMIN"]],
];

const cookies = new Map<Caller, string>();
const keys = new Map<Caller, string>();

async function staffWithSession(role: Role) {
  const user = await db.user.create({
    data: { email: `matrix-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, name: `Matrix ${role}`, role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
  });
  // API keys are an ADMIN's to make; each key acts for its creator, who then takes the role under test.
  const key = await createApiKey({ name: `matrix ${role}`, scopes: ["stats:read", "invites:read", "invites:write"], expiresInDays: undefined }, { id: user.id, role: "ADMIN" });
  if (!key.ok) throw new Error(key.error.message);
  rememberSecret(key.data.key);
  await db.user.update({ where: { id: user.id }, data: { role } });

  const signIn = await callServerAction(instances()[0]!, serverAction("signInAction"), { email: user.email, password: PASSWORD });
  const session = signIn.setCookie.map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`signing in as ${role} set no session cookie (status ${signIn.status})`);
  return { user, session, key: key.data };
}

beforeAll(async () => {
  for (const role of STAFF_ROLES) {
    const { session, key } = await staffWithSession(role);
    cookies.set(role as Caller, session);
    keys.set(role as Caller, key.key);
  }
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", email: { startsWith: "matrix-admin-" } } });
  const revoked = await createApiKey({ name: "matrix revoked", scopes: ["stats:read", "invites:read", "invites:write"], expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!revoked.ok) throw new Error(revoked.error.message);
  rememberSecret(revoked.data.key);
  await revokeApiKey(revoked.data.id, { id: admin.id, role: "ADMIN" });
  keys.set("revoked API key", revoked.data.key);
});

function credentials(caller: Caller) {
  return { cookie: cookies.get(caller), key: keys.get(caller) };
}

describe("server actions", () => {
  it("the build has exactly the actions the matrix covers", () => {
    expect(serverActions().map((action) => action.name).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [name, allowed] of Object.entries(ACTIONS)) {
    it.each(CALLERS)(`${name} × %s`, async (caller) => {
      const { cookie, key } = credentials(caller);
      const action = serverAction(name);
      const response = await fetch(new URL(action.page, instances()[1]), {
        method: "POST",
        redirect: "manual",
        headers: {
          "Next-Action": action.id,
          "Content-Type": "text/plain;charset=UTF-8",
          ...(cookie ? { Cookie: cookie } : {}),
          ...(caller === "revoked API key" ? { Authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify([null, {}]),
      });
      expect(response.status).toBeLessThan(500);
      const result = actionResult(await response.text());
      if (allowed.includes(caller)) expect(result?.error?.code).not.toBe("forbidden");
      else expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    });
  }

  it("a forged revoke from OPS leaves the invite untouched", async () => {
    const invite = await db.invite.findFirst({ where: { revokedAt: null } });
    const target = invite ?? (await db.invite.create({ data: { codeHash: new Uint8Array(32).fill(7), prefix: "MTRX", role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 3_600_000) } }));
    const answer = await callServerAction(instances()[0]!, serverAction("revokeInviteAction"), { id: target.id, reason: "forged" }, cookies.get("OPS"));
    expect(actionResult(answer.body)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: target.id } })).revokedAt).toBeNull();
  });
});

describe("JSON routes", () => {
  for (const [method, path, body, allowedStatus, refusedStatus, allowed] of ROUTES) {
    it.each(CALLERS)(`${method} ${path.replace(NO_INVITE, "{id}")} × %s`, async (caller) => {
      const { cookie, key } = credentials(caller);
      const usesKey = path.startsWith("/api/v1/") && caller !== "anonymous";
      const response = await fetch(new URL(path, instances()[0]), {
        method,
        headers: {
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...(usesKey && key ? { Authorization: `Bearer ${key}` } : {}),
          ...(!usesKey && cookie ? { Cookie: cookie } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.status).toBe(allowed.includes(caller) ? allowedStatus : refusedStatus);
    });
  }
});
