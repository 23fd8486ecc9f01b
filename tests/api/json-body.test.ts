import { beforeEach, describe, expect, it } from "vitest";
import { POST as createInvitesRoute } from "@/app/api/v1/invites/route";
import { POST as redeemRoute } from "@/app/api/v1/redeem/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/parse-request";
import { db } from "@/lib/db";
import { makeInvite, makeUser, PASSWORD, uniqueEmail } from "../support/factories";
import { resetDatabase } from "../support/reset-database";

const params = { params: Promise.resolve({}) };
let ip = 0;

function send(path: string, body: BodyInit | null, headers: Record<string, string>) {
  return new Request(`http://localhost/api/v1${path}`, { method: "POST", headers: { "x-forwarded-for": `198.51.100.${++ip}`, ...headers }, body });
}

async function errorOf(response: Response) {
  return { status: response.status, code: (await response.json()).error?.code };
}

beforeEach(resetDatabase);

describe("JSON request bodies", () => {
  it("redeem refuses a body without, or with another, content type (415) and uses nothing", async () => {
    const invite = await makeInvite();
    const body = JSON.stringify({ code: invite.code, email: uniqueEmail("ct"), name: "Ct Person", password: PASSWORD });
    expect(await errorOf(await redeemRoute(send("/redeem", body, {}), params))).toEqual({ status: 415, code: "unsupported_media_type" });
    expect(await errorOf(await redeemRoute(send("/redeem", body, { "content-type": "text/plain" }), params))).toEqual({ status: 415, code: "unsupported_media_type" });
    expect(await errorOf(await redeemRoute(send("/redeem", body, { "content-type": "application/x-www-form-urlencoded" }), params))).toEqual({
      status: 415,
      code: "unsupported_media_type",
    });
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(0);
    const accepted = await redeemRoute(send("/redeem", body, { "content-type": "application/json; charset=utf-8" }), params);
    expect(accepted.status).toBe(201);
  });

  it("an empty body is an empty object: the schema's field messages, not a content-type error", async () => {
    const response = await redeemRoute(send("/redeem", null, {}), params);
    expect(await errorOf(response)).toEqual({ status: 400, code: "validation" });
  });

  it("refuses a body over the limit with 413, whatever Content-Length says", async () => {
    const huge = JSON.stringify({ name: "x".repeat(MAX_JSON_BODY_BYTES) });
    expect(await errorOf(await redeemRoute(send("/redeem", huge, { "content-type": "application/json" }), params))).toEqual({ status: 413, code: "too_large" });
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(MAX_JSON_BODY_BYTES / 4)));
        controller.close();
      },
    });
    const request = new Request("http://localhost/api/v1/redeem", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: streamed,
      duplex: "half",
    } as RequestInit);
    expect(await errorOf(await redeemRoute(request, params))).toEqual({ status: 413, code: "too_large" });
  });

  it("the invites API answers the same way as redeem: 415, 400 invalid_json, 400 validation", async () => {
    const admin = await makeUser("ADMIN", "json-body");
    const created = await createApiKey({ name: "json", scopes: ["invites:write"], expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
    if (!created.ok) throw new Error(created.error.message);
    const auth = { authorization: `Bearer ${created.data.key}` };
    expect(await errorOf(await createInvitesRoute(send("/invites", '{"role":"MEMBER"}', { ...auth, "content-type": "text/plain" }), params))).toEqual({
      status: 415,
      code: "unsupported_media_type",
    });
    expect(await errorOf(await createInvitesRoute(send("/invites", "{ nope", { ...auth, "content-type": "application/json" }), params))).toEqual({
      status: 400,
      code: "invalid_json",
    });
    expect(await errorOf(await createInvitesRoute(send("/invites", "[]", { ...auth, "content-type": "application/json" }), params))).toEqual({
      status: 400,
      code: "validation",
    });
  });
});
