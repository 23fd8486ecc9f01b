import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Page } from "@playwright/test";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { E2E_NEXTAUTH_SECRET, readState } from "./state";

// The domain functions below read DATABASE_URL on first use; point them at the e2e database first.
process.env.DATABASE_URL = readState().databaseUrl;
process.env.NEXTAUTH_SECRET = E2E_NEXTAUTH_SECRET;

export const PASSWORD = "e2e password that is long enough";

type MadeUser = { id: string; email: string; name: string; role: Role; password: string };

type Fixtures = {
  /** Creates users through the database (argon2id, like real ones) and deletes them after the test. */
  makeUser: (role: Role, options?: { disabled?: boolean }) => Promise<MadeUser>;
  /** Creates invites through createInvites(); returns their codes. */
  makeInvites: (options: { role?: Role; maxUses?: number; hours?: number; count?: number; createdById?: string | null; note?: string }) => Promise<{ id: string; code: string; display: string }[]>;
  /**
   * Signs a page in the way the server does after a correct password: a session record and next-auth's cookie
   * naming it. Most tests are about what comes after signing in; the form itself is driven by signInWithForm.
   */
  signIn: (page: Page, user: MadeUser) => Promise<void>;
  /** Signs a page in through the sign-in form's server action, the way a person does. */
  signInWithForm: (page: Page, user: MadeUser) => Promise<void>;
  /** Puts an invite out of use the way it happens for real: revoked by an admin, or redeemed up to its limit. */
  spoilInvite: (invite: { id: string; code: string }, how: "revoked" | "exhausted") => Promise<void>;
  /** Invalid codes counted against a client IP in the current rate-limit window. */
  guessesCounted: (ip: string) => Promise<number>;
  /** A new user of this role, signed in on a page of its own browser context (closed after the test). */
  signedInAs: (role: Role, options?: { disabled?: boolean }) => Promise<{ page: Page; user: MadeUser }>;
  /** The e2e database, for checking what the server did (never for setting up what the UI should do). */
  db: Db;
};

// Every made user has the same password; argon2 is slow on purpose, so each test worker hashes it once.
let passwordHash: Promise<string> | undefined;

export const test = base.extend<Fixtures>({
  makeUser: async ({}, use, testInfo) => {
    const { db } = await import("@/lib/db");
    const { hashPassword } = await import("@/lib/auth/password");
    passwordHash ??= hashPassword(PASSWORD);
    const made: string[] = [];
    await use(async (role, options = {}) => {
      const tag = `${testInfo.workerIndex}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
      const user = await db.user.create({
        data: {
          email: `${role.toLowerCase()}-${tag}@example.test`,
          name: `${role[0]}${role.slice(1).toLowerCase()} ${tag}`,
          role,
          disabled: options.disabled ?? false,
          passwordHash: await passwordHash,
        },
      });
      made.push(user.id);
      return { id: user.id, email: user.email, name: user.name, role: user.role, password: PASSWORD };
    });
    await db.user.deleteMany({ where: { id: { in: made } } });
  },

  makeInvites: async ({}, use) => {
    const { db } = await import("@/lib/db");
    const { createInvites } = await import("@/lib/invites/create-invites");
    const made: string[] = [];
    await use(async (options) => {
      const batch = await createInvites({
        role: options.role ?? "MEMBER",
        maxUses: options.maxUses ?? 1,
        expiresAt: new Date(Date.now() + (options.hours ?? 72) * 3_600_000),
        note: options.note ?? "e2e",
        count: options.count ?? 1,
        createdById: options.createdById ?? null,
      });
      made.push(...batch.invites.map((invite) => invite.id));
      return batch.invites;
    });
    await db.invite.deleteMany({ where: { id: { in: made } } });
  },

  spoilInvite: async ({ makeUser }, use) => {
    const { revokeInvite } = await import("@/lib/invites/manage-invite");
    const { redeemInvite } = await import("@/lib/invites/redeem-invite");
    const { db } = await import("@/lib/db");
    const redeemed: string[] = [];
    await use(async (invite, how) => {
      if (how === "revoked") {
        const admin = await makeUser("ADMIN");
        await revokeInvite({ id: invite.id, actor: admin, reason: "e2e" });
        return;
      }
      for (;;) {
        const email = `used-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
        const result = await redeemInvite({ code: invite.code, email, name: "Earlier Redeemer", password: PASSWORD, ip: "192.0.2.1" });
        if (!result.ok) break;
        redeemed.push(result.data.user.id);
      }
    });
    await db.user.deleteMany({ where: { id: { in: redeemed } } });
  },

  guessesCounted: async ({}, use) => {
    const { countGuesses } = await import("@/lib/rate-limit/code-guess-limit");
    await use(countGuesses);
  },

  signIn: async ({}, use, testInfo) => {
    const { createSession } = await import("@/lib/sessions/create-session");
    const { encodeSessionToken, sessionCookieName } = await import("@/lib/auth/session-token");
    await use(async (page, user) => {
      const userAgent = await page.evaluate(() => navigator.userAgent);
      const session = await createSession({ userId: user.id, ip: "127.0.0.1", userAgent });
      const { token } = await encodeSessionToken(user, session, E2E_NEXTAUTH_SECRET, new Date());
      const url = testInfo.project.use.baseURL!;
      await page.context().addCookies([{ name: sessionCookieName(url), value: token, url, httpOnly: true, sameSite: "Lax" }]);
    });
  },

  signInWithForm: async ({}, use) => {
    await use(async (page, user) => {
      await page.goto("/login");
      await page.getByLabel("E-mail").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    });
  },

  signedInAs: async ({ browser, makeUser, signIn }, use, testInfo) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (role, options) => {
      const user = await makeUser(role, options);
      const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, user);
      return { page, user };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },

  db: async ({}, use) => {
    const { db } = await import("@/lib/db");
    await use(db);
  },
});

/*
 * axe-core itself, run in the page: the app has no frames, so nothing needs axe's cross-frame merging. The
 * source is injected once per document, so a second scan of the same page (every-page's phone view) only runs
 * the rules. @axe-core/playwright injected and configured it on every scan, which cost 0.4–0.7 s a scan here.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's violations of any impact on the page as it is now, one line each. Only violations are collected: the
 * passes and incomplete results axe gathers by default cost a quarter of its time and nobody reads them here.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(" ")) }));
  });
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(", ")}`);
}

/** No accessibility violation of any impact on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** An address no other test uses, for accounts created through the UI. */
export function uniqueEmail(name: string): string {
  return `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

export { expect };
