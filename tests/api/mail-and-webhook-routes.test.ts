import { beforeEach, describe, expect, it } from "vitest";
import { POST as resendRoute } from "@/app/api/v1/invites/[id]/resend/route";
import { POST as createInvitesRoute } from "@/app/api/v1/invites/route";
import { POST as approveRoute } from "@/app/api/v1/requests/[id]/approve/route";
import { GET as requestsRoute } from "@/app/api/v1/requests/route";
import { GET as deliveriesRoute } from "@/app/api/v1/webhooks/[id]/deliveries/route";
import { GET as listWebhooksRoute, POST as createWebhookRoute } from "@/app/api/v1/webhooks/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db";
import { API_SCOPES } from "@/lib/validation/api-keys";
import { makeUser } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

const BASE = "http://localhost/api/v1";
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

function request(path: string, key: string, body?: unknown): Request {
  const headers = new Headers({ "content-type": "application/json", authorization: `Bearer ${key}` });
  return new Request(`${BASE}${path}`, { method: body === undefined ? "GET" : "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

let key: string;
beforeEach(async () => {
  await resetDatabase();
  const admin = await makeUser("ADMIN", "api");
  const created = await createApiKey({ name: "test", scopes: [...API_SCOPES], expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!created.ok) throw new Error(created.error.message);
  key = created.data.key;
});

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

describe("the JSON API for e-mail invites, requests and webhooks", () => {
  it("POST /invites with emails makes one bound invite per address and returns no code", async () => {
    const response = await createInvitesRoute(
      request("/invites", key, { emails: ["a@example.com", { email: "b@example.com", role: "EDITOR" }, "a@example.com"], role: "MEMBER", expiresAt: inADay() }),
      params({}),
    );
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.sent.map((sent: { email: string; role: string }) => `${sent.email} ${sent.role}`)).toEqual(["a@example.com MEMBER", "b@example.com EDITOR"]);
    expect(JSON.stringify(body)).not.toMatch(/"code"/);
    const invite = await db.invite.findUniqueOrThrow({ where: { id: body.sent[0].inviteId } });
    expect(invite).toMatchObject({ boundEmail: "a@example.com", maxUses: 1 });

    const resent = await resendRoute(request(`/invites/${invite.id}/resend`, key, {}), params({ id: invite.id }));
    expect(resent.status).toBe(201);
  });

  it("POST /invites takes allowedDomains and refuses a bad domain with a specific 400", async () => {
    const good = await createInvitesRoute(request("/invites", key, { role: "MEMBER", maxUses: 5, expiresAt: inADay(), allowedDomains: ["example.com", "*.example.org"] }), params({}));
    expect(good.status).toBe(201);
    const { invites } = await good.json();
    expect((await db.invite.findUniqueOrThrow({ where: { id: invites[0].id } })).allowedDomains).toEqual(["example.com", "*.example.org"]);
    const bad = await createInvitesRoute(request("/invites", key, { role: "MEMBER", maxUses: 5, expiresAt: inADay(), allowedDomains: ["not a domain"] }), params({}));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0].path).toBe("allowedDomains.0");
  });

  it("webhooks: register (secret once), list without the secret, read the delivery log; requests: list and approve", async () => {
    const created = await createWebhookRoute(request("/webhooks", key, { url: "https://hooks.example.com/in", events: ["invite.redeemed"] }), params({}));
    expect(created.status).toBe(201);
    const endpoint = await created.json();
    expect(endpoint.secret).toMatch(/^whsec_/);
    const listed = await (await listWebhooksRoute(request("/webhooks", key), params({}))).json();
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);
    expect((await deliveriesRoute(request(`/webhooks/${endpoint.id}/deliveries`, key), params({ id: endpoint.id }))).status).toBe(200);
    const badEvent = await createWebhookRoute(request("/webhooks", key, { url: "ftp://x.example.com", events: ["invite.exploded"] }), params({}));
    expect(badEvent.status).toBe(400);

    const pending = await db.inviteRequest.create({ data: { email: "req@example.com", name: "Req", status: "PENDING" } });
    const list = await (await requestsRoute(request("/requests", key), params({}))).json();
    expect(list.requests.map((r: { email: string }) => r.email)).toEqual(["req@example.com"]);
    const approved = await approveRoute(request(`/requests/${pending.id}/approve`, key, { role: "MEMBER" }), params({ id: pending.id }));
    expect(approved.status).toBe(200);
    const again = await approveRoute(request(`/requests/${pending.id}/approve`, key, { role: "MEMBER" }), params({ id: pending.id }));
    expect(again.status).toBe(409);
  });
});
