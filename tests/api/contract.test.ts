import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import * as inviteRoute from "@/app/api/v1/invites/[id]/route";
import * as revokeRoute from "@/app/api/v1/invites/[id]/revoke/route";
import * as checkRoute from "@/app/api/v1/invites/check/route";
import * as unrevokeRoute from "@/app/api/v1/invites/[id]/unrevoke/route";
import * as invitesRoute from "@/app/api/v1/invites/route";
import * as redeemRoute from "@/app/api/v1/redeem/route";
import * as resendRoute from "@/app/api/v1/invites/[id]/resend/route";
import * as approveRoute from "@/app/api/v1/requests/[id]/approve/route";
import * as rejectRoute from "@/app/api/v1/requests/[id]/reject/route";
import * as requestsRoute from "@/app/api/v1/requests/route";
import * as deliveriesRoute from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { db } from "@/lib/db";
import { API_SCOPES } from "@/lib/validation/api-keys";
import * as statsRoute from "@/app/api/v1/stats/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { ENDPOINTS, type Endpoint } from "@/lib/api/openapi-document";
import { now } from "@/lib/clock";
import { apiErrorSchema } from "@/lib/validation/api";
import { HOUR, makeInvite, makeUser, PASSWORD, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

/*
 * The API contract, executed: every endpoint the OpenAPI document lists is called with good and bad requests,
 * every success body must parse with the endpoint's response schema (the schema the document is generated
 * from), every error body with the shared error schema, and every status must be one the document names. A
 * route under /api/v1 that the document does not list fails here, so the document cannot drift from the code.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Call = { request: Request; params?: Record<string, string> };
type Case = (setup: Setup) => Promise<Call>;
type Setup = { key: string; inviteId: () => Promise<string> };

const HANDLERS: Record<string, Partial<Record<"GET" | "POST", Handler>>> = {
  "/api/v1/stats": statsRoute as never,
  "/api/v1/invites": invitesRoute as never,
  "/api/v1/invites/{id}": inviteRoute as never,
  "/api/v1/invites/{id}/revoke": revokeRoute as never,
  "/api/v1/invites/{id}/unrevoke": unrevokeRoute as never,
  "/api/v1/redeem": redeemRoute as never,
  "/api/v1/invites/check": checkRoute as never,
  "/api/v1/invites/{id}/resend": resendRoute as never,
  "/api/v1/requests": requestsRoute as never,
  "/api/v1/requests/{id}/approve": approveRoute as never,
  "/api/v1/requests/{id}/reject": rejectRoute as never,
  "/api/v1/webhooks": webhooksRoute as never,
  "/api/v1/webhooks/{id}/deliveries": deliveriesRoute as never,
};

const NO_ID = "00000000-0000-4000-8000-000000000000";
const pendingRequest = async () => (await db.inviteRequest.create({ data: { email: uniqueEmail("asker"), name: "Asker", status: "PENDING" } })).id;
const emailInvite = async (key: string) => {
  const response = await invitesRoute.POST(request("/api/v1/invites", { method: "POST", key, body: { emails: [uniqueEmail("mailed")], role: "MEMBER", expiresAt: future() } }), { params: Promise.resolve({}) });
  return ((await response.json()) as { sent: { inviteId: string }[] }).sent[0]!.inviteId;
};

const BASE = "http://localhost";
let ip = 0;
function request(url: string, init: { method?: string; key?: string | null; body?: unknown; contentType?: string } = {}): Request {
  const headers = new Headers({ "x-forwarded-for": `198.18.0.${(++ip % 250) + 1}` });
  if (init.key) headers.set("authorization", `Bearer ${init.key}`);
  if (init.body !== undefined) headers.set("content-type", init.contentType ?? "application/json");
  const body = init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  return new Request(`${BASE}${url}`, { method: init.method ?? "GET", headers, body });
}

const future = () => new Date(now().getTime() + 48 * HOUR).toISOString();

/** Per endpoint: requests that succeed, and requests that fail in each documented way. */
const CASES: Record<string, { success: Case[]; failure: Case[] }> = {
  "get /api/v1/stats": {
    success: [async ({ key }) => ({ request: request("/api/v1/stats?range=7d&tz=Europe/Berlin", { key }) }), async ({ key }) => ({ request: request("/api/v1/stats?range=custom&from=2026-01-01&to=2026-01-31&bucket=week", { key }) })],
    failure: [async ({ key }) => ({ request: request("/api/v1/stats?tz=US/Pacific-New", { key }) }), async () => ({ request: request("/api/v1/stats", { key: null }) })],
  },
  "get /api/v1/invites": {
    success: [async ({ key, inviteId }) => (await inviteId(), { request: request("/api/v1/invites?limit=1", { key }) }), async ({ key }) => ({ request: request("/api/v1/invites?state=revoked&q=%25", { key }) })],
    failure: [async ({ key }) => ({ request: request("/api/v1/invites?cursor=nope", { key }) }), async () => ({ request: request("/api/v1/invites", { key: "sk_wrong" }) })],
  },
  "post /api/v1/invites": {
    success: [
      async ({ key }) => ({ request: request("/api/v1/invites", { method: "POST", key, body: { role: "MEMBER", maxUses: 2, count: 2, expiresAt: future(), note: "contract", allowedDomains: ["example.com"] } }) }),
      async ({ key }) => ({ request: request("/api/v1/invites", { method: "POST", key, body: { emails: [uniqueEmail("contract"), { email: uniqueEmail("named"), name: "Named", role: "EDITOR" }], role: "MEMBER", expiresAt: future() } }) }),
    ],
    failure: [
      async ({ key }) => ({ request: request("/api/v1/invites", { method: "POST", key, body: { role: "KING" } }) }),
      async ({ key }) => ({ request: request("/api/v1/invites", { method: "POST", key, body: "{", contentType: "application/json" }) }),
      async ({ key }) => ({ request: request("/api/v1/invites", { method: "POST", key, body: "{}", contentType: "text/plain" }) }),
    ],
  },
  "get /api/v1/invites/{id}": {
    success: [async ({ key, inviteId }) => { const id = await inviteId(); return { request: request(`/api/v1/invites/${id}`, { key }), params: { id } }; }],
    failure: [async ({ key }) => ({ request: request("/api/v1/invites/00000000-0000-4000-8000-000000000000", { key }), params: { id: "00000000-0000-4000-8000-000000000000" } })],
  },
  "post /api/v1/invites/{id}/revoke": {
    success: [async ({ key, inviteId }) => { const id = await inviteId(); return { request: request(`/api/v1/invites/${id}/revoke`, { method: "POST", key, body: { reason: "contract" } }), params: { id } }; }],
    failure: [async ({ key }) => ({ request: request("/api/v1/invites/nope/revoke", { method: "POST", key, body: { reason: "x\u0000" } }), params: { id: "nope" } })],
  },
  "post /api/v1/invites/{id}/unrevoke": {
    success: [
      async ({ key, inviteId }) => {
        const id = await inviteId();
        const revoked = await revokeRoute.POST(request(`/api/v1/invites/${id}/revoke`, { method: "POST", key, body: {} }), { params: Promise.resolve({ id }) });
        expect(revoked.status).toBe(200);
        return { request: request(`/api/v1/invites/${id}/unrevoke`, { method: "POST", key }), params: { id } };
      },
    ],
    failure: [async ({ key, inviteId }) => { const id = await inviteId(); return { request: request(`/api/v1/invites/${id}/unrevoke`, { method: "POST", key }), params: { id } }; }],
  },
  "post /api/v1/invites/check": {
    success: [async () => ({ request: request("/api/v1/invites/check", { method: "POST", body: { code: (await makeInvite()).display } }) })],
    failure: [
      async () => ({ request: request("/api/v1/invites/check", { method: "POST", body: { code: "\u0000" } }) }),
      async () => ({ request: request("/api/v1/invites/check", { method: "POST", body: "{}", contentType: "text/plain" }) }),
    ],
  },
  "post /api/v1/invites/{id}/resend": {
    success: [async ({ key }) => { const id = await emailInvite(key); return { request: request(`/api/v1/invites/${id}/resend`, { method: "POST", key }), params: { id } }; }],
    failure: [
      async ({ key, inviteId }) => { const id = await inviteId(); return { request: request(`/api/v1/invites/${id}/resend`, { method: "POST", key }), params: { id } }; },
      async ({ key }) => ({ request: request(`/api/v1/invites/${NO_ID}/resend`, { method: "POST", key }), params: { id: NO_ID } }),
    ],
  },
  "get /api/v1/requests": {
    success: [async ({ key }) => (await pendingRequest(), { request: request("/api/v1/requests", { key }) }), async ({ key }) => ({ request: request("/api/v1/requests?status=REJECTED", { key }) })],
    failure: [async ({ key }) => ({ request: request("/api/v1/requests?status=LOST", { key }) }), async () => ({ request: request("/api/v1/requests", { key: null }) })],
  },
  "post /api/v1/requests/{id}/approve": {
    success: [async ({ key }) => { const id = await pendingRequest(); return { request: request(`/api/v1/requests/${id}/approve`, { method: "POST", key, body: { role: "MEMBER", days: 3 } }), params: { id } }; }],
    failure: [
      async ({ key }) => ({ request: request(`/api/v1/requests/${NO_ID}/approve`, { method: "POST", key, body: { role: "KING" } }), params: { id: NO_ID } }),
      async ({ key }) => ({ request: request(`/api/v1/requests/${NO_ID}/approve`, { method: "POST", key, body: { role: "MEMBER" } }), params: { id: NO_ID } }),
    ],
  },
  "post /api/v1/requests/{id}/reject": {
    success: [async ({ key }) => { const id = await pendingRequest(); return { request: request(`/api/v1/requests/${id}/reject`, { method: "POST", key, body: { message: "Not now." } }), params: { id } }; }],
    failure: [async ({ key }) => ({ request: request(`/api/v1/requests/${NO_ID}/reject`, { method: "POST", key, body: {} }), params: { id: NO_ID } })],
  },
  "get /api/v1/webhooks": {
    success: [async ({ key }) => ({ request: request("/api/v1/webhooks", { key }) })],
    failure: [async () => ({ request: request("/api/v1/webhooks", { key: "sk_wrong" }) })],
  },
  "post /api/v1/webhooks": {
    success: [async ({ key }) => ({ request: request("/api/v1/webhooks", { method: "POST", key, body: { url: "https://hooks.example.com/in", events: ["invite.created", "user.disabled"] } }) })],
    failure: [
      async ({ key }) => ({ request: request("/api/v1/webhooks", { method: "POST", key, body: { url: "gopher://x", events: [] } }) }),
      async ({ key }) => ({ request: request("/api/v1/webhooks", { method: "POST", key, body: "{}", contentType: "text/plain" }) }),
    ],
  },
  "get /api/v1/webhooks/{id}/deliveries": {
    success: [
      async ({ key }) => {
        const created = await webhooksRoute.POST(request("/api/v1/webhooks", { method: "POST", key, body: { url: "https://hooks.example.com/in", events: ["invite.redeemed"] } }), { params: Promise.resolve({}) });
        const { id } = (await created.json()) as { id: string };
        return { request: request(`/api/v1/webhooks/${id}/deliveries`, { key }), params: { id } };
      },
    ],
    failure: [async ({ key }) => ({ request: request(`/api/v1/webhooks/${NO_ID}/deliveries`, { key }), params: { id: NO_ID } })],
  },
  "post /api/v1/redeem": {
    success: [async ({ inviteId }) => {
      await inviteId();
      const invite = await makeInvite();
      return { request: request("/api/v1/redeem", { method: "POST", body: { code: invite.display, email: uniqueEmail("contract"), name: "Contract", password: PASSWORD } }) };
    }],
    failure: [
      async () => ({ request: request("/api/v1/redeem", { method: "POST", body: { code: "nope", email: "x", name: "\u202e", password: "short" } }) }),
      async () => ({ request: request("/api/v1/redeem", { method: "POST", body: '{"code":"x"}', contentType: "text/plain" }) }),
    ],
  },
};

beforeEach(resetDatabase);

async function prepare(): Promise<Setup> {
  const admin = await makeUser("ADMIN", "contract");
  const made = await createApiKey({ name: "contract", scopes: [...API_SCOPES], expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!made.ok) throw new Error(made.error.message);
  return { key: made.data.key, inviteId: async () => (await makeInvite({ createdById: admin.id })).id };
}

async function answer(endpoint: Endpoint, call: Call) {
  const handler = HANDLERS[endpoint.path]?.[endpoint.method.toUpperCase() as "GET" | "POST"];
  if (!handler) throw new Error(`no handler imported for ${endpoint.method} ${endpoint.path}`);
  const response = await handler(call.request, { params: Promise.resolve(call.params ?? {}) });
  return { status: response.status, body: (await response.json()) as unknown };
}

function expectParses(schema: z.ZodType, body: unknown, what: string) {
  const parsed = schema.safeParse(body);
  expect(parsed.success ? [] : parsed.error.issues, what).toEqual([]);
}

/** The routes under app/api/v1 as the document writes them, with their exported methods. */
function routesInApp(): string[] {
  const root = path.join(process.cwd(), "app", "api", "v1");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = `/api/v1/${path.relative(root, dir).split(path.sep).join("/")}`.replace(/\/$/, "").replace(/\[(\w+)\]/g, "{$1}");
        for (const [, method] of readFileSync(full, "utf8").matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
          found.push(`${method!.toLowerCase()} ${route}`);
        }
      }
    }
  };
  walk(root);
  return found.filter((route) => route !== "get /api/v1/openapi.json").sort();
}

describe("the API contract", () => {
  it("the document lists every route under /api/v1 and every listed route has contract cases", () => {
    const documented = ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort();
    expect(documented).toEqual(routesInApp());
    expect(Object.keys(CASES).sort()).toEqual(documented);
  });

  for (const endpoint of ENDPOINTS) {
    const name = `${endpoint.method} ${endpoint.path}`;
    it(`${name}: answers match the documented schemas and statuses`, async () => {
      const setup = await prepare();
      const cases = CASES[name]!;
      for (const [i, make] of cases.success.entries()) {
        const { status, body } = await answer(endpoint, await make(setup));
        expect(status, `${name} success case ${i}: ${JSON.stringify(body)}`).toBe(endpoint.response.status);
        if (endpoint.response.schema) expectParses(endpoint.response.schema, body, `${name} success case ${i}`);
      }
      for (const [i, make] of cases.failure.entries()) {
        const { status, body } = await answer(endpoint, await make(setup));
        expect(endpoint.errors, `${name} failure case ${i} answered ${status}: ${JSON.stringify(body)}`).toContain(status);
        expectParses(apiErrorSchema, body, `${name} failure case ${i}`);
      }
    });
  }
});
