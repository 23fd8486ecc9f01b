import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { actionResult, callServerAction, serverAction } from "../support/server-action";
import { SESSION_COOKIE } from "../support/session-cookie";
import { instances, PASSWORD } from "./support";

/* Sessions end when they are ended — on every instance, at once — and nothing can keep a captured cookie alive. */

async function signedIn(role: Role, url = instances()[0]!) {
  const user = await db.user.create({
    data: { email: `sessions-${randomUUID().slice(0, 8)}@example.test`, name: "Sessions", role, passwordHash: await hashPassword(PASSWORD) },
  });
  const answer = await callServerAction(url, serverAction("signInAction"), { email: user.email, password: PASSWORD }, undefined, {
    headers: { "x-forwarded-for": "198.51.100.20" },
  });
  const cookie = answer.setCookie.map((line) => line.split(";")[0]!).find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`sign-in set no session cookie (status ${answer.status})`);
  return { user, cookie };
}

const page = (url: string, path: string, cookie: string) => fetch(new URL(path, url), { headers: { Cookie: cookie }, redirect: "manual" });

describe("sessions", () => {
  it("a cookie captured before sign-out opens nothing afterwards, on any instance", async () => {
    const [one, two] = instances();
    const { cookie } = await signedIn("ADMIN", one);
    expect((await page(two!, "/admin/users", cookie)).status).toBe(200);

    await callServerAction(one!, serverAction("signOutAction"), {}, cookie);
    const after = await page(two!, "/admin/users", cookie);
    expect(after.status).toBe(307);
    expect(after.headers.get("location")).toContain("/login");
    const key = await callServerAction(two!, serverAction("createApiKeyAction"), { name: "after sign-out", scopes: ["stats:read"] }, cookie);
    expect(actionResult(key.body)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("no endpoint re-issues or extends a session cookie", async () => {
    const { cookie } = await signedIn("MEMBER");
    const sessionCookies = (response: Response) => response.headers.getSetCookie().filter((line) => line.includes("session-token"));
    const call = (path: string, method: string) =>
      fetch(new URL(path, instances()[0]), { method, headers: { Cookie: cookie, "Content-Type": "application/json" }, body: method === "POST" ? "{}" : undefined, redirect: "manual" });
    // next-auth's own session, sign-in and sign-out endpoints do not exist: sessions are the application's.
    for (const [method, path] of [
      ["GET", "/api/auth/session"],
      ["POST", "/api/auth/session"],
      ["GET", "/api/auth/providers"],
      ["GET", "/api/auth/signin"],
      ["POST", "/api/auth/signin/credentials"],
      ["GET", "/api/auth/signout"],
      ["POST", "/api/auth/signout"],
      ["GET", "/api/auth/callback/credentials"],
      ["POST", "/api/auth/callback/credentials"],
    ]) {
      const response = await call(path!, method!);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(sessionCookies(response), `${method} ${path}`).toEqual([]);
    }
    // The SSO sign-in form needs next-auth's CSRF token: it answers with that token, its cookie and the address to
    // come back to, nothing more.
    const csrf = await call("/api/auth/csrf", "GET");
    expect(csrf.status).toBe(200);
    expect(Object.keys(await csrf.json())).toEqual(["csrfToken"]);
    expect(sessionCookies(csrf)).toEqual([]);
    const names = csrf.headers.getSetCookie().map((line) => line.split("=")[0]);
    expect(names).toContain("next-auth.csrf-token");
    expect(names.filter((name) => name !== "next-auth.csrf-token" && name !== "next-auth.callback-url")).toEqual([]);
  });

  it("disabling ends every session, and enabling again does not revive them", async () => {
    const admin = await signedIn("ADMIN");
    const editor = await signedIn("EDITOR");
    expect((await page(instances()[1]!, "/admin", editor.cookie)).status).toBe(200);

    const disable = await callServerAction(instances()[0]!, serverAction("setUserDisabledAction"), { id: editor.user.id, disabled: "true" }, admin.cookie);
    expect(actionResult(disable.body)).toMatchObject({ ok: true });
    expect((await page(instances()[1]!, "/admin", editor.cookie)).status).toBe(307);
    const enable = await callServerAction(instances()[1]!, serverAction("setUserDisabledAction"), { id: editor.user.id, disabled: "false" }, admin.cookie);
    expect(actionResult(enable.body)).toMatchObject({ ok: true });
    expect((await page(instances()[0]!, "/admin", editor.cookie)).status).toBe(307);
  });

  it("'sign out everywhere' ends the person's other sessions too", async () => {
    const first = await signedIn("OPS");
    const answer = await callServerAction(instances()[0]!, serverAction("signInAction"), { email: first.user.email, password: PASSWORD });
    const second = answer.setCookie.map((line) => line.split(";")[0]!).find((line) => line.startsWith(`${SESSION_COOKIE}=`))!;
    expect((await page(instances()[1]!, "/admin/stats", second)).status).toBe(200);
    await callServerAction(instances()[1]!, serverAction("endAllSessionsAction"), {}, first.cookie);
    for (const cookie of [first.cookie, second]) expect((await page(instances()[0]!, "/admin/stats", cookie)).status).toBe(307);
  });
});
