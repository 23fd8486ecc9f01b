import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./support/fixtures";

/*
 * Every page, as each role sees it: no accessibility violation of any impact, nothing wider than a 360 px phone.
 * axe takes about a second a run, so each page is checked twice, not four times: the desktop layout in one
 * theme and the phone layout in the other, alternating page by page. Every element both layouts share is checked
 * in both themes, and the app shell's desktop-only and phone-only parts are each checked in both themes across
 * pages. The phone layout is the loaded page narrowed and switched to the other theme: the layouts are CSS media
 * queries and the theme follows the system's scheme as it changes, so a second page load would show the same.
 * Screenshots are taken only by `npm run screenshots` (SCREENSHOTS_DIR=docs/screenshots), in every layout and
 * theme, each from a fresh load.
 */
const DESKTOP = 1280;
const PHONE = 360;
const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];
const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR;

/** Sets the window and the system's colour scheme, and waits until the page has taken the theme. */
async function view(page: Page, width: number, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize({ width, height: 900 });
  await expect(page.locator("html")).toHaveClass(new RegExp(theme));
}

async function visit(page: Page, url: string, width: number, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.locator("html")).toHaveClass(new RegExp(theme));
}

async function checkPage(page: Page, name: string, url: string, index: number) {
  const desktopTheme = THEMES[index % 2]!;
  const phoneTheme = THEMES[(index + 1) % 2]!;
  for (const [width, theme] of [
    [DESKTOP, desktopTheme],
    [PHONE, phoneTheme],
  ] as const) {
    if (width === DESKTOP) await visit(page, url, width, theme);
    else await view(page, width, theme);
    if (width === PHONE) {
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a ${PHONE} px screen`).toBeLessThanOrEqual(PHONE);
    }
    // Soft, so one page's finding does not hide the next page's.
    expect.soft(await axeViolations(page), `${name} ${width} ${theme}`).toEqual([]);
  }
  if (!SCREENSHOTS_DIR) return;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  for (const theme of THEMES) {
    for (const width of [DESKTOP, 390]) {
      await visit(page, url, width, theme);
      await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}-${width}-${theme}.png`), fullPage: true, animations: "disabled" });
    }
  }
}

async function checkPages(page: Page, pages: [string, string][]) {
  for (const [index, [name, url]] of pages.entries()) await checkPage(page, name, url, index);
}

test.describe("every page", () => {
  // The pages are split into tests of similar length so both workers share them, and none is left running alone
  // at the end of the suite.
  test.describe.configure({ mode: "parallel", timeout: SCREENSHOTS_DIR ? 900_000 : 300_000 });

  test("public pages", async ({ page, makeInvites, spoilInvite }) => {
    const [invite] = await makeInvites({ role: "EDITOR", maxUses: 3, note: "screenshots" });
    const [dead] = await makeInvites({});
    await spoilInvite(dead!, "revoked");
    await checkPages(page, [
      ["home", "/"],
      ["login", "/login"],
      ["redeem", "/redeem"],
      ["request-invite", "/request-invite"],
      ["redeem-typo", `/redeem?code=${encodeURIComponent(invite!.display.slice(0, -1) + (invite!.display.at(-1) === "0" ? "1" : "0"))}`],
      ["invite", `/invite/${invite!.display}`],
      ["invite-revoked", `/invite/${dead!.display}`],
      ["sso-invite-only", "/sso/invite-only"],
      ["not-found", "/no-such-page"],
    ]);
  });

  test("a refusal and a read-only page as Ops, and the account pages", async ({ signedInAs }) => {
    const ops = await signedInAs("OPS");
    await checkPages(ops.page, [
      ["ops-stats", "/admin/stats"],
      ["ops-forbidden", "/admin/api-keys"],
    ]);
    const admin = await signedInAs("ADMIN");
    await checkPages(admin.page, [
      ["account", "/account"],
      ["account-invites", "/account/invites"],
    ]);
  });

  test("the invite pages as an admin", async ({ page, makeUser, makeInvites, signIn, db }) => {
    const admin = await makeUser("ADMIN");
    const invites = await makeInvites({ count: 12, createdById: admin.id, note: "Launch week" });
    await makeInvites({ role: "EDITOR", maxUses: 5, createdById: admin.id, note: "Editors" });
    const batchId = (await db.invite.findUniqueOrThrow({ where: { id: invites[0]!.id } })).batchId!;
    await signIn(page, admin);
    await checkPages(page, [
      ["dashboard", "/admin"],
      ["invites", "/admin/invites"],
      ["invites-none-found", "/admin/invites?state=revoked&q=nothing-matches"],
      ["batch", `/admin/invites?batchId=${batchId}`],
      ["batches", "/admin/batches"],
      ["invite-detail", `/admin/invites/${invites[0]!.id}`],
    ]);
  });

  test("the pages for making invites and reading numbers as an admin", async ({ signedInAs }) => {
    const { page } = await signedInAs("ADMIN");
    await checkPages(page, [
      ["create", "/admin/invites/new"],
      ["invite-by-email", "/admin/invites/email"],
      ["requests", "/admin/requests"],
      ["stats", "/admin/stats"],
      ["api-docs", "/docs/api"],
    ]);
  });

  test("the people pages as an admin", async ({ page, makeUser, signIn }) => {
    const admin = await makeUser("ADMIN");
    const member = await makeUser("MEMBER");
    await signIn(page, admin);
    await checkPages(page, [
      ["users", "/admin/users"],
      ["user-detail", `/admin/users/${member.id}`],
      ["invite-tree", "/admin/users/tree"],
      ["reset-link", `/admin/users/${member.id}/reset`],
      ["audit", "/admin/audit"],
    ]);
  });

  test("the operations pages as an admin", async ({ signedInAs }) => {
    const { page } = await signedInAs("ADMIN");
    await checkPages(page, [
      ["api-keys", "/admin/api-keys"],
      ["webhooks", "/admin/webhooks"],
      ["jobs", "/admin/jobs"],
      ["mailbox", "/admin/mailbox"],
      ["settings", "/admin/settings"],
    ]);
  });
});
