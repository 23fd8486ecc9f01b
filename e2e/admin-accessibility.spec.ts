import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("every admin page has no serious or critical accessibility violations", async ({ page, makeUser, makeInvites, signIn }) => {
  // Nine axe runs, each a few seconds on a busy two-core machine.
  test.setTimeout(180_000);
  const admin = await makeUser("ADMIN");
  const [invite] = await makeInvites({ createdById: admin.id, note: "axe" });
  await signIn(page, admin);
  for (const path of ["/admin", "/admin/invites", "/admin/invites?state=revoked&q=nothing-matches", "/admin/invites/new", `/admin/invites/${invite!.id}`, "/admin/users", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await test.step(path, () => expectNoSeriousViolations(page));
  }

  await page.goto(`/admin/invites/${invite!.id}`);
  await page.getByRole("button", { name: "Revoke…" }).click();
  await test.step("revoke confirmation", () => expectNoSeriousViolations(page));

  await page.goto("/admin/invites/new");
  await page.getByLabel("How many invites").fill("2");
  await page.getByRole("button", { name: "Create invites" }).click();
  await expect(page.getByRole("heading", { name: "2 Member invites created" })).toBeVisible();
  await test.step("reveal", () => expectNoSeriousViolations(page));
});
