import { test as base, expect, type Page } from "@playwright/test";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { readState } from "./state";

// The domain functions below read DATABASE_URL on first use; point them at the e2e database first.
process.env.DATABASE_URL = readState().databaseUrl;
process.env.NEXTAUTH_SECRET ??= "e2e-secret-0123456789-0123456789-0123456789";

export const PASSWORD = "e2e password that is long enough";

type MadeUser = { id: string; email: string; name: string; role: Role; password: string };

type Fixtures = {
  /** Creates users through the database (argon2id, like real ones) and deletes them after the test. */
  makeUser: (role: Role, options?: { disabled?: boolean }) => Promise<MadeUser>;
  /** Creates invites through createInvites(); returns their codes. */
  makeInvites: (options: { role?: Role; maxUses?: number; hours?: number; count?: number; createdById?: string | null; note?: string }) => Promise<{ id: string; code: string; display: string }[]>;
  /** Signs a page in through the sign-in form's server action, the way a person does. */
  signIn: (page: Page, user: MadeUser) => Promise<void>;
  /** A new user of this role, signed in on a page of its own browser context (closed after the test). */
  signedInAs: (role: Role, options?: { disabled?: boolean }) => Promise<{ page: Page; user: MadeUser }>;
  /** The e2e database, for checking what the server did (never for setting up what the UI should do). */
  db: Db;
};

export const test = base.extend<Fixtures>({
  makeUser: async ({}, use, testInfo) => {
    const { db } = await import("@/lib/db");
    const { hashPassword } = await import("@/lib/auth/password");
    const made: string[] = [];
    await use(async (role, options = {}) => {
      const tag = `${testInfo.workerIndex}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
      const user = await db.user.create({
        data: {
          email: `${role.toLowerCase()}-${tag}@example.test`,
          name: `${role[0]}${role.slice(1).toLowerCase()} ${tag}`,
          role,
          disabled: options.disabled ?? false,
          passwordHash: await hashPassword(PASSWORD),
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

  signIn: async ({}, use) => {
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

export { expect };
