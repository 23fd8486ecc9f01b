import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { callServerAction, serverAction } from "../support/server-action";
import { sessionCookie } from "../support/session-cookie";
import { instances, PASSWORD } from "./support";

/*
 * What a hostile or merely curious client sees from the production server: every page and every API route in
 * the build carries the security headers, a page's scripts all carry that response's nonce, and requests Next.js
 * used to answer with a 500 (undecodable paths, forged server-action bodies) get a 4xx.
 */
type Manifest = Record<string, string>;
const manifest: Manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/app-paths-manifest.json"), "utf8"));

/** A concrete address for each page or route in the build: dynamic segments filled, route groups dropped. */
function addresses(kind: "page" | "route"): string[] {
  return Object.keys(manifest)
    .filter((key) => key.endsWith(`/${kind}`) && !key.includes("/_"))
    .map((key) => {
      const segments = key
        .replace(new RegExp(`/${kind}$`), "")
        .split("/")
        .filter((segment) => segment && !segment.startsWith("("))
        .map((segment) => (segment.startsWith("[") ? randomUUID() : segment));
      return `/${segments.join("/")}`;
    });
}

let adminCookie = "";

beforeAll(async () => {
  const admin = await db.user.create({
    data: { email: `headers-${randomUUID().slice(0, 8)}@example.test`, name: "Headers Admin", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
  });
  adminCookie = await sessionCookie(admin);
});

function expectSecurityHeaders(response: Response, what: string) {
  const headers = response.headers;
  expect(headers.get("x-frame-options"), what).toBe("DENY");
  expect(headers.get("referrer-policy"), what).toBe("no-referrer");
  expect(headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(headers.get("permissions-policy"), what).toBeTruthy();
  expect(headers.get("cross-origin-opener-policy"), what).toBe("same-origin");
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  const scripts = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scripts, what).toMatch(/'nonce-[^']+'/);
  expect(scripts, what).not.toContain("unsafe-inline");
}

describe("security headers", () => {
  it("every page, signed in and not, sends them, and every script on it carries this response's nonce", async () => {
    const pages = addresses("page");
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      for (const cookie of [undefined, adminCookie]) {
        const response = await fetch(`${instances()[0]}${page}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
        const what = `${page} (${cookie ? "admin" : "anonymous"}) → ${response.status}`;
        expect(response.status, what).toBeLessThan(500);
        expectSecurityHeaders(response, what);
        const html = await response.text();
        const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1];
        for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, what).toContain(`nonce="${nonce}"`);
      }
    }
  });

  it("every API route sends them, also on errors", async () => {
    const routes = addresses("route");
    expect(routes.length).toBeGreaterThan(8);
    for (const route of routes) {
      for (const method of ["GET", "POST"]) {
        const response = await fetch(`${instances()[1]}${route}`, { method, redirect: "manual", headers: { cookie: adminCookie } });
        const what = `${method} ${route} → ${response.status}`;
        expect(response.status, what).toBeLessThan(500);
        expectSecurityHeaders(response, what);
      }
    }
  });

  it("adds HSTS when the request came over HTTPS", async () => {
    const response = await fetch(`${instances()[0]}/api/health`, { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});

describe("malformed percent-escapes in a path", () => {
  it.each(["/invite/%ZZ", "/reset/%ZZ", "/admin/invites/%ZZ", "/admin/%E0%A4%A"])("%s shows the not-found page", async (page) => {
    const response = await fetch(`${instances()[0]}${page}`, { headers: { cookie: adminCookie } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    expectSecurityHeaders(response, page);
  });

  it.each(["/api/v1/invites/%ZZ", "/api/v1/invites/%ZZ/revoke", "/api/exports/%ZZ"])("%s answers the API's JSON error", async (route) => {
    const response = await fetch(`${instances()[0]}${route}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "bad_path", message: expect.any(String) } });
  });
});

describe("forged server-action requests", () => {
  const post = (body: BodyInit, headers: Record<string, string>) =>
    fetch(`${instances()[0]}/redeem`, { method: "POST", headers: { "Next-Action": serverAction("redeemAction").id, ...headers }, body });

  it("a body over 1 MB is a 413", async () => {
    const response = await post(JSON.stringify([null, { name: "x".repeat(1_100_000) }]), { "Content-Type": "text/plain;charset=UTF-8" });
    expect(response.status).toBe(413);
  });

  it("no content type, or one Next.js cannot read, is a 415", async () => {
    expect((await post(new TextEncoder().encode("[null,{}]"), {})).status).toBe(415);
    expect((await post("[null,{}]", { "Content-Type": "application/json" })).status).toBe(415);
  });

  it.each([["{oops"], ['[null,"$K1"]'], ['[null,"$@1"]'], ['{"not":"a list"}']])("arguments %s are a 400", async (body) => {
    const response = await post(body, { "Content-Type": "text/plain;charset=UTF-8" });
    expect(response.status).toBe(400);
  });

  it("a multipart body that does not parse, or lacks the argument list, is a 400", async () => {
    expect((await post('[null,"$K1"]', { "Content-Type": "multipart/form-data; boundary=xyz" })).status).toBe(400);
    const form = new FormData();
    form.set("name", "x");
    expect((await post(form, {})).status).toBe(400);
  });

  it("a well-formed call still reaches the action and gets its typed answer", async () => {
    const answer = await callServerAction(instances()[0]!, serverAction("redeemAction"), { code: "x", name: "A\u0000" });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"code":"validation"');
  });
});
