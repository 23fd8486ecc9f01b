import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

/*
 * Every page, as each role sees it, at 1280 and 390 px, light and dark: no accessibility violation of any impact,
 * nothing wider than a 360 px phone, and a screenshot. Screenshots go to the test's output folder; only
 * `npm run screenshots` (SCREENSHOTS_DIR=docs/screenshots) writes the tracked ones in docs/.
 */
const WIDTHS = [1280, 390] as const;
const THEMES = ["light", "dark"] as const;
const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR;

async function checkPage(page: Page, name: string, url: string, outputPath: (file: string) => string) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(page.locator("h1").first()).toBeVisible();
      await expect(page.locator("html")).toHaveClass(new RegExp(theme));
      const file = `${name}-${width}-${theme}.png`;
      const target = SCREENSHOTS_DIR ? path.join(SCREENSHOTS_DIR, file) : outputPath(file);
      mkdirSync(path.dirname(target), { recursive: true });
      await page.screenshot({ path: target, fullPage: true, animations: "disabled" });
      // Soft, so one page's finding does not hide the next page's.
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect
        .soft(violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), `${name} ${width} ${theme}`)
        .toEqual([]);
    }
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(url);
  await expect(page.locator("h1").first()).toBeVisible();
  expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a 360 px screen`).toBeLessThanOrEqual(360);
}

test.describe("every page", () => {
  test.describe.configure({ timeout: 600_000 });

  test("public pages", async ({ page, makeInvites, spoilInvite }, testInfo) => {
    const [invite] = await makeInvites({ role: "EDITOR", maxUses: 3, note: "screenshots" });
    const [dead] = await makeInvites({});
    await spoilInvite(dead!, "revoked");
    const pages: [string, string][] = [
      ["home", "/"],
      ["login", "/login"],
      ["redeem", "/redeem"],
      ["request-invite", "/request-invite"],
      ["redeem-typo", `/redeem?code=${encodeURIComponent(invite!.display.slice(0, -1) + (invite!.display.at(-1) === "0" ? "1" : "0"))}`],
      ["invite", `/invite/${invite!.display}`],
      ["invite-revoked", `/invite/${dead!.display}`],
      ["not-found", "/no-such-page"],
    ];
    for (const [name, url] of pages) await checkPage(page, name, url, (file) => testInfo.outputPath(file));
  });

  test("the dashboard as an admin", async ({ page, makeUser, makeInvites, signIn, db }, testInfo) => {
    const admin = await makeUser("ADMIN");
    const member = await makeUser("MEMBER");
    const invites = await makeInvites({ count: 12, createdById: admin.id, note: "Launch week" });
    await makeInvites({ role: "EDITOR", maxUses: 5, createdById: admin.id, note: "Editors" });
    const batchId = (await db.invite.findUniqueOrThrow({ where: { id: invites[0]!.id } })).batchId!;
    await signIn(page, admin);
    const pages: [string, string][] = [
      ["dashboard", "/admin"],
      ["invites", "/admin/invites"],
      ["batch", `/admin/invites?batchId=${batchId}`],
      ["batches", "/admin/batches"],
      ["create", "/admin/invites/new"],
      ["invite-detail", `/admin/invites/${invites[0]!.id}`],
      ["users", "/admin/users"],
      ["reset-link", `/admin/users/${member.id}/reset`],
      ["audit", "/admin/audit"],
      ["stats", "/admin/stats"],
      ["api-keys", "/admin/api-keys"],
      ["invite-by-email", "/admin/invites/email"],
      ["requests", "/admin/requests"],
      ["webhooks", "/admin/webhooks"],
      ["jobs", "/admin/jobs"],
      ["mailbox", "/admin/mailbox"],
      ["settings", "/admin/settings"],
      ["api-docs", "/docs/api"],
      ["account", "/account"],
    ];
    for (const [name, url] of pages) await checkPage(page, name, url, (file) => testInfo.outputPath(file));
  });

  test("refusals and read-only pages as Ops", async ({ signedInAs }, testInfo) => {
    const { page } = await signedInAs("OPS");
    for (const [name, url] of [
      ["ops-stats", "/admin/stats"],
      ["ops-forbidden", "/admin/api-keys"],
    ] as const) {
      await checkPage(page, name, url, (file) => testInfo.outputPath(file));
    }
  });
});
