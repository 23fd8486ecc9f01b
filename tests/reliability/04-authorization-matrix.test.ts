import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { hashPassword } from "@/lib/auth/password";
import {
  ACTION_PERMISSIONS,
  allows,
  can,
  PUBLIC,
  ROLES,
  ROUTE_PERMISSIONS,
  type ActionName,
  type RouteName,
} from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { API_SCOPES } from "@/lib/validation/api-keys";
import type { Role } from "@/lib/generated/prisma/client";
import { createInvites } from "@/lib/invites/create-invites";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { actionResult, callServerAction, serverAction, serverActions } from "../support/server-action";
import { sessionCookie } from "../support/session-cookie";
import { rememberSecret } from "./setup/secrets";
import { instances, PASSWORD } from "./support";

/*
 * The policy's own tables, enforced by the production server whatever the browser shows: every server action and
 * every route in the build, called directly by each kind of caller, must answer exactly as lib/auth/policy.ts
 * says. An action or route missing from the policy fails here. Allowed callers send an empty input, so they get
 * a validation error and nothing changes; each call has a session of its own (some actions end sessions).
 */
const CALLERS = ["anonymous", ...ROLES, "revoked API key"] as const;
type Caller = (typeof CALLERS)[number];
type Person = { id: string; email: string; name: string; role: Role };

const people = new Map<Role, Person>();
const keys = new Map<Caller, string>();
const METRICS_TOKEN = inject("metricsToken");

async function person(role: Role, label = "matrix"): Promise<Person> {
  return db.user.create({
    data: { email: `${label}-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, name: `${label} ${role}`, role, passwordHash: await hashPassword(PASSWORD) },
  });
}

/** A key made while its creator was an ADMIN; the creator then takes the role under test. */
async function keyActingAs(role: Role): Promise<{ owner: Person; key: string }> {
  const owner = await person("ADMIN", "keyholder");
  const made = await createApiKey({ name: `matrix ${role}`, scopes: [...API_SCOPES], expiresInDays: undefined }, owner);
  if (!made.ok) throw new Error(made.error.message);
  rememberSecret(made.data.key);
  await db.user.update({ where: { id: owner.id }, data: { role } });
  return { owner: { ...owner, role }, key: made.data.key };
}

beforeAll(async () => {
  for (const role of ROLES) {
    people.set(role, await person(role));
    keys.set(role, (await keyActingAs(role)).key);
  }
  const admin = people.get("ADMIN")!;
  const revoked = await createApiKey({ name: "matrix revoked", scopes: ["stats:read", "invites:read", "invites:write"], expiresInDays: undefined }, admin);
  if (!revoked.ok) throw new Error(revoked.error.message);
  rememberSecret(revoked.data.key);
  await revokeApiKey(revoked.data.id, admin);
  keys.set("revoked API key", revoked.data.key);
});

const roleOf = (caller: Caller): Role | null => ((ROLES as readonly string[]).includes(caller) ? (caller as Role) : null);
const cookieFor = async (caller: Caller) => (roleOf(caller) ? sessionCookie(people.get(roleOf(caller)!)!) : undefined);

describe("server actions", () => {
  it("every action in the build has an entry in the policy, and every entry an action", () => {
    const built = serverActions().map((action) => action.name.replace(/Action$/, ""));
    expect(built.sort()).toEqual(Object.keys(ACTION_PERMISSIONS).sort());
  });

  for (const [name, requirement] of Object.entries(ACTION_PERMISSIONS) as [ActionName, (typeof ACTION_PERMISSIONS)[ActionName]][]) {
    it.each(CALLERS)(`${name} × %s`, async (caller) => {
      const role = roleOf(caller);
      const subject = role ? people.get(role)! : null;
      const answer = await callServerAction(instances()[1]!, serverAction(`${name}Action`), {}, await cookieFor(caller));
      expect(answer.status).toBeLessThan(500);
      const result = actionResult(answer.body);
      if (allows(subject, requirement)) {
        // Allowed callers get past the policy: a validation error, or (for inputs that need nothing) a result or redirect.
        expect(result?.error?.code ?? "none").not.toBe("forbidden");
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
      }
    });
  }
});

type RouteCall = { method: string; path: string; body?: unknown };
const NO_INVITE = randomUUID();

/** How to call each route; every route in the policy must have one. */
const CALLS: Record<RouteName, RouteCall> = {
  "GET /api/v1/stats": { method: "GET", path: "/api/v1/stats" },
  "GET /api/v1/invites": { method: "GET", path: "/api/v1/invites" },
  "POST /api/v1/invites": { method: "POST", path: "/api/v1/invites", body: {} },
  "GET /api/v1/invites/{id}": { method: "GET", path: `/api/v1/invites/${NO_INVITE}` },
  "POST /api/v1/invites/{id}/revoke": { method: "POST", path: `/api/v1/invites/${NO_INVITE}/revoke`, body: {} },
  "POST /api/v1/invites/{id}/unrevoke": { method: "POST", path: `/api/v1/invites/${NO_INVITE}/unrevoke`, body: {} },
  "POST /api/v1/invites/{id}/resend": { method: "POST", path: `/api/v1/invites/${NO_INVITE}/resend`, body: {} },
  "GET /api/v1/requests": { method: "GET", path: "/api/v1/requests" },
  "POST /api/v1/requests/{id}/approve": { method: "POST", path: `/api/v1/requests/${NO_INVITE}/approve`, body: {} },
  "POST /api/v1/requests/{id}/reject": { method: "POST", path: `/api/v1/requests/${NO_INVITE}/reject`, body: {} },
  "GET /api/v1/webhooks": { method: "GET", path: "/api/v1/webhooks" },
  "POST /api/v1/webhooks": { method: "POST", path: "/api/v1/webhooks", body: {} },
  "GET /api/v1/webhooks/{id}/deliveries": { method: "GET", path: `/api/v1/webhooks/${NO_INVITE}/deliveries` },
  "POST /api/v1/redeem": { method: "POST", path: "/api/v1/redeem", body: {} },
  "POST /api/v1/invites/check": { method: "POST", path: "/api/v1/invites/check", body: {} },
  "GET /api/v1/openapi.json": { method: "GET", path: "/api/v1/openapi.json" },
  "GET /api/exports/invites": { method: "GET", path: "/api/exports/invites" },
  "GET /api/exports/redemptions": { method: "GET", path: "/api/exports/redemptions" },
  "GET /api/exports/audit": { method: "GET", path: "/api/exports/audit" },
  "GET /api/health": { method: "GET", path: "/api/health" },
  "GET /api/ping": { method: "GET", path: "/api/ping" },
  "GET /api/metrics": { method: "GET", path: "/api/metrics" },
  "GET /api/auth/[...nextauth]": { method: "GET", path: "/api/auth/csrf" },
  // No provider is called "unknown": the route refuses sign-in with anything but a configured provider.
  "POST /api/auth/[...nextauth]": { method: "POST", path: "/api/auth/signin/unknown", body: {} },
};

/** What the route answers an allowed caller whose input is empty (or needs none). */
const ALLOWED_STATUS: Record<RouteName, number> = {
  "GET /api/v1/stats": 200,
  "GET /api/v1/invites": 200,
  "POST /api/v1/invites": 400,
  "GET /api/v1/invites/{id}": 404,
  "POST /api/v1/invites/{id}/revoke": 404,
  "POST /api/v1/invites/{id}/unrevoke": 404,
  "POST /api/v1/invites/{id}/resend": 404,
  "GET /api/v1/requests": 200,
  "POST /api/v1/requests/{id}/approve": 400,
  "POST /api/v1/requests/{id}/reject": 404,
  "GET /api/v1/webhooks": 200,
  "POST /api/v1/webhooks": 400,
  "GET /api/v1/webhooks/{id}/deliveries": 404,
  "POST /api/v1/redeem": 400,
  "POST /api/v1/invites/check": 400,
  "GET /api/v1/openapi.json": 200,
  "GET /api/exports/invites": 200,
  "GET /api/exports/redemptions": 200,
  "GET /api/exports/audit": 200,
  "GET /api/health": 200,
  "GET /api/ping": 200,
  "GET /api/metrics": 200,
  "GET /api/auth/[...nextauth]": 200,
  "POST /api/auth/[...nextauth]": 404,
};

/** The status the policy predicts for a caller of a route. */
function expectedStatus(route: RouteName, caller: Caller): number {
  const rule = ROUTE_PERMISSIONS[route];
  const role = roleOf(caller);
  const subject = role ? { id: "x", role } : null;
  switch (rule.auth) {
    case PUBLIC:
      return ALLOWED_STATUS[route];
    case "metrics-token":
      return 401;
    case "session":
      if (!subject) return 401;
      return can(subject, rule.permission) ? ALLOWED_STATUS[route] : 403;
    case "api-key":
      // A key works while its creator may hold keys; then the creator needs the route's permission.
      if (!subject || !can(subject, "api-keys.manage")) return 401;
      return can(subject, rule.permission) ? ALLOWED_STATUS[route] : 403;
  }
}

/*
 * Next's metadata files (app/icon.svg and the like) are built as routes too, but no code of ours answers them:
 * Next serves the file itself, the same bytes to everyone. They have no handler to wrap, so they are not policy
 * routes; a dynamic one (icon.tsx, sitemap.ts) is code and must be in the policy like any route.
 */
const STATIC_METADATA_FILE = /^\/(?:icon|apple-icon|favicon|opengraph-image|twitter-image)\d*\.(?:ico|jpg|jpeg|png|gif|svg)$|^\/(?:robots\.txt|sitemap\.xml|manifest\.(?:json|webmanifest))$/;

/** The build's route entries as path templates ("/api/v1/invites/[id]"), metadata files included. */
function builtRouteTemplates(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((entry) => entry.endsWith("/route"))
    .map((entry) => entry.replace(/\/route$/, ""));
}

const staticMetadataFiles = () => builtRouteTemplates().filter((template) => STATIC_METADATA_FILE.test(template));

/** The route handlers of the build's app directory, each with the HTTP methods it exports. */
function builtRoutes(): string[] {
  return builtRouteTemplates()
    .filter((template) => !STATIC_METADATA_FILE.test(template))
    .flatMap((template) => {
      const source = readFileSync(path.join(process.cwd(), "app", `${template}/route.ts`), "utf8");
      const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]);
      return methods.map((method) => `${method} ${template.replaceAll("[id]", "{id}")}`);
    });
}

describe("routes", () => {
  it("every route in the build has an entry in the policy, and every entry a route", () => {
    expect(builtRoutes().sort()).toEqual(Object.keys(ROUTE_PERMISSIONS).sort());
  });

  for (const route of Object.keys(ROUTE_PERMISSIONS) as RouteName[]) {
    it.each(CALLERS)(`${route} × %s`, async (caller) => {
      const call = CALLS[route];
      const rule = ROUTE_PERMISSIONS[route];
      const key = keys.get(caller);
      const headers: Record<string, string> = call.body === undefined ? {} : { "Content-Type": "application/json" };
      if (rule.auth === "api-key" && key) headers.Authorization = `Bearer ${key}`;
      const cookie = rule.auth === "session" ? await cookieFor(caller) : undefined;
      if (cookie) headers.Cookie = cookie;
      const response = await fetch(new URL(call.path, instances()[0]), { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
      expect(response.status).toBe(expectedStatus(route, caller));
    });
  }

  it("a path id that is not a UUID is a 404 on every {id} route, not a database error", async () => {
    for (const route of (Object.keys(ROUTE_PERMISSIONS) as RouteName[]).filter((name) => name.includes("{id}"))) {
      const call = CALLS[route];
      const response = await fetch(new URL(call.path.replace(NO_INVITE, "not-a-uuid"), instances()[0]), {
        method: call.method,
        headers: { Authorization: `Bearer ${keys.get("ADMIN")}`, "Content-Type": "application/json" },
        // An approval names a role, so that the body passes and the id is what is judged.
        body: call.body === undefined ? undefined : JSON.stringify(route.endsWith("/approve") ? { role: "MEMBER" } : call.body),
      });
      expect(response.status, route).toBe(404);
    }
  });

  it("each static metadata file outside the policy is the file itself, served to anyone", async () => {
    const files = staticMetadataFiles();
    expect(files).toContain("/icon.svg");
    for (const file of files) {
      const response = await fetch(new URL(file, instances()[0]));
      expect(response.status, file).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(process.cwd(), "app", file))), file).toBe(true);
    }
  });

  it("GET /api/metrics answers its token", async () => {
    const response = await fetch(new URL("/api/metrics", instances()[0]), { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(ALLOWED_STATUS["GET /api/metrics"]);
  });
});

/*
 * Ownership and the role ceiling on every invite change, through the real actions and API: the cases that a
 * role-per-route table cannot see.
 */
describe("ownership and the role ceiling", () => {
  async function inviteBy(creator: Person | null, role: Role = "MEMBER") {
    const batch = await createInvites({ role, maxUses: 1, expiresAt: new Date(Date.now() + 48 * 3_600_000), note: "matrix", count: 1, createdById: creator?.id ?? null });
    rememberSecret(batch.invites[0]!.code, batch.invites[0]!.display);
    return batch.invites[0]!.id;
  }
  async function act(name: ActionName, who: Person, input: Record<string, unknown>) {
    const answer = await callServerAction(instances()[0]!, serverAction(`${name}Action`), input, await sessionCookie(who));
    return actionResult(answer.body);
  }
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

  it("an EDITOR changes their own invites and cannot see a colleague's", async () => {
    const editor = await person("EDITOR");
    const colleague = await person("EDITOR", "colleague");
    const own = await inviteBy(editor);
    const theirs = await inviteBy(colleague);
    expect(await act("revokeInvite", editor, { id: own })).toMatchObject({ ok: true });
    expect(await act("unrevokeInvite", editor, { id: own })).toMatchObject({ ok: true });
    expect(await act("extendInvite", editor, { id: own, expiry: "custom", expiresAt: inAWeek() })).toMatchObject({ ok: true });
    for (const name of ["revokeInvite", "unrevokeInvite"] as const) expect(await act(name, editor, { id: theirs })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await act("extendInvite", editor, { id: theirs, expiry: "7d" })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("an EDITOR cannot create, extend or revive an invite above their ceiling, nor undo an admin's revocation", async () => {
    const admin = people.get("ADMIN")!;
    const editor = await person("EDITOR");
    for (const role of ["ADMIN", "OPS"] as const) {
      expect(await act("createInvites", editor, { role, maxUses: "1", expiry: "7d", count: "1" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    // Made while its creator was an ADMIN, as the demotion scenario leaves it.
    const above = await inviteBy(editor, "ADMIN");
    expect(await act("extendInvite", editor, { id: above, expiry: "7d" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await act("revokeInvite", editor, { id: above })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await revokeInvite({ id: above, actor: admin });
    expect(await act("unrevokeInvite", editor, { id: above })).toMatchObject({ ok: false, error: { code: "forbidden" } });

    const leaked = await inviteBy(editor);
    await revokeInvite({ id: leaked, actor: admin, reason: "leaked" });
    expect(await act("unrevokeInvite", editor, { id: leaked })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await db.invite.findUniqueOrThrow({ where: { id: leaked } })).revokedAt).not.toBeNull();
    expect(await act("unrevokeInvite", admin, { id: leaked })).toMatchObject({ ok: true });
  });

  it("bulk and batch changes decide each invite on its own: an EDITOR's selection changes only what they may change", async () => {
    const admin = people.get("ADMIN")!;
    const editor = await person("EDITOR");
    const own = await inviteBy(editor);
    const theirs = await inviteBy(admin);
    const above = await inviteBy(editor, "ADMIN");
    const revoked = await act("revokeInvites", editor, { ids: [own, theirs, above], reason: "bulk" });
    expect(revoked).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(revoked).toMatchObject({ data: { skipped: [{ id: theirs }, { id: above }] } });
    expect((await db.invite.findMany({ where: { id: { in: [theirs, above] } } })).every((invite) => invite.revokedAt === null)).toBe(true);
    const extended = await act("extendInvites", editor, { ids: [own, theirs], expiry: "custom", expiresAt: inAWeek() });
    expect(extended).toMatchObject({ ok: true, data: { changed: 1 } });

    const batch = await createInvites({ role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 48 * 3_600_000), note: "matrix batch", count: 3, createdById: admin.id });
    for (const invite of batch.invites) rememberSecret(invite.code, invite.display);
    expect(await act("revokeBatch", editor, { batchId: batch.batchId })).toMatchObject({ ok: true, data: { changed: 0 } });
    expect(await db.invite.count({ where: { batchId: batch.batchId, revokedAt: { not: null } } })).toBe(0);
    expect(await act("revokeBatch", admin, { batchId: batch.batchId })).toMatchObject({ ok: true, data: { changed: 3 } });
  });

  it("an ADMIN's API key changes anyone's invite; people end only their own sessions", async () => {
    const editor = await person("EDITOR");
    const theirs = await inviteBy(editor);
    const revoke = await fetch(new URL(`/api/v1/invites/${theirs}/revoke`, instances()[0]), {
      method: "POST",
      headers: { Authorization: `Bearer ${keys.get("ADMIN")}`, "Content-Type": "application/json" },
      body: JSON.stringify({ reason: "matrix" }),
    });
    expect(revoke.status).toBe(200);

    const member = await person("MEMBER");
    const other = await db.session.create({ data: { userId: editor.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await act("endSession", member, { sessionId: other.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await db.session.findUniqueOrThrow({ where: { id: other.id } })).endedAt).toBeNull();
  });
});
