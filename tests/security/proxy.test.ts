import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { ACTION_BODY_LIMIT } from "@/lib/security/request-guards";
import { contentSecurityPolicy, signInOrigins } from "@/lib/security/security-headers";

const BASE = "http://localhost:3000";

function run(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) {
  return proxy(new NextRequest(`${BASE}${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body }));
}

function nonceOf(csp: string | null): string {
  return /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? "";
}

const ACTION = { "next-action": "7f00000000000000000000000000000000000000aa", "content-type": "text/plain;charset=UTF-8" };

describe("proxy: security headers", () => {
  it.each(["/", "/admin/invites", "/api/v1/invites", "/api/health", "/invite/ABC"])("sets every security header on %s", async (path) => {
    const response = await run(path);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp.split(";").find((directive) => directive.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("uses a fresh nonce per request and hands it to the page render", async () => {
    const [first, second] = await Promise.all([run("/"), run("/")]);
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(nonceOf(first.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
  });

  it("lets sign-in forms lead to the configured single sign-on providers, and nowhere else", () => {
    expect(signInOrigins({})).toEqual([]);
    const origins = signInOrigins({ OIDC_ISSUER: "https://id.example.com/realms/main", GITHUB_ID: "x", GOOGLE_CLIENT_ID: "y" });
    expect(origins).toEqual(["https://id.example.com", "https://github.com", "https://accounts.google.com"]);
    expect(contentSecurityPolicy("n", { https: false, development: false, formActions: origins })).toContain(
      "form-action 'self' https://id.example.com https://github.com https://accounts.google.com",
    );
    expect(signInOrigins({ OIDC_ISSUER: "not a url" })).toEqual([]);
  });

  it("adds HSTS and upgrade-insecure-requests only behind HTTPS", async () => {
    const response = await run("/", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("proxy: requests Next.js would answer with a 500", () => {
  it("answers a malformed percent-escape under /api with the API's JSON error", async () => {
    const response = await run("/api/v1/invites/%ZZ");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "bad_path", message: expect.any(String) } });
    expect(response.headers.get("content-security-policy")).toBeTruthy();
  });

  it.each(["/invite/%ZZ", "/reset/%ZZ", "/admin/invites/%ZZ", "/invite/%E0%A4%A"])("shows the not-found page for %s", async (path) => {
    const response = await run(path);
    expect(response.headers.get("x-middleware-rewrite")).toBe(`${BASE}/not-found`);
  });

  it("refuses a server-action POST over the size limit with 413", async () => {
    const declared = await run("/redeem", { method: "POST", headers: { ...ACTION, "content-length": String(ACTION_BODY_LIMIT + 1) }, body: "[]" });
    expect(declared.status).toBe(413);
    const actual = await run("/redeem", { method: "POST", headers: ACTION, body: JSON.stringify([null, "x".repeat(ACTION_BODY_LIMIT)]) });
    expect(actual.status).toBe(413);
    expect(await actual.json()).toMatchObject({ error: { code: "too_large" } });
  });

  it("refuses a server-action POST without a content type, or of a type Next cannot read, with 415", async () => {
    const untyped = new TextEncoder().encode("[]");
    expect((await run("/redeem", { method: "POST", headers: { "next-action": ACTION["next-action"] }, body: untyped })).status).toBe(415);
    expect((await run("/redeem", { method: "POST", headers: { ...ACTION, "content-type": "application/json" }, body: "[]" })).status).toBe(415);
  });

  it("refuses a multipart action call whose body does not parse or has no argument list", async () => {
    const broken = await run("/redeem", {
      method: "POST",
      headers: { "next-action": ACTION["next-action"], "content-type": "multipart/form-data; boundary=xyz" },
      body: '[null,"$K1"]',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: "bad_form" } });
    const form = new FormData();
    form.set("name", "x");
    const missing = await run("/redeem", { method: "POST", headers: { "next-action": ACTION["next-action"] }, body: form });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: "bad_action_arguments" } });
  });

  it.each([["not JSON", "{oops"], ["not an argument list", '{"a":1}'], ["a reference to a missing part", '[null,"$K1"]'], ["a bad chunk id", '["$@zz"]']])(
    "refuses action arguments that are %s with 400",
    async (_what, body) => {
      const response = await run("/redeem", { method: "POST", headers: ACTION, body });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "bad_action_arguments" } });
    },
  );

  it("lets a well-formed action call and an ordinary form post through", async () => {
    const args = [null, { name: "$$literal", when: "$D2026-01-01T00:00:00.000Z", none: "$undefined", big: "$n12" }];
    const call = await run("/redeem", { method: "POST", headers: ACTION, body: JSON.stringify(args) });
    expect(call.headers.get("x-middleware-next")).toBe("1");
    const scripted = new FormData();
    scripted.set("0", JSON.stringify([null, "$K1"]));
    scripted.set("1_name", "Ann");
    const submitted = await run("/redeem", { method: "POST", headers: { "next-action": ACTION["next-action"] }, body: scripted });
    expect(submitted.headers.get("x-middleware-next")).toBe("1");
    const form = new FormData();
    form.set("$ACTION_ID_7f00", "");
    form.set("name", "Ann");
    const posted = await run("/redeem", { method: "POST", body: form });
    expect(posted.headers.get("x-middleware-next")).toBe("1");
  });
});
