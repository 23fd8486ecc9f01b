import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// every-page.spec.ts checks each page as it loads; this checks the states that only exist after an interaction.
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the revoke confirmation and the one-time reveal of new codes have no accessibility violations", async ({ page, makeUser, makeInvites, signIn }) => {
  const admin = await makeUser("ADMIN");
  const [invite] = await makeInvites({ createdById: admin.id, note: "axe" });
  await signIn(page, admin);

  await page.goto(`/admin/invites/${invite!.id}`);
  await page.getByRole("button", { name: "Revoke…" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await test.step("revoke confirmation", () => expectNoViolations(page));

  await page.goto("/admin/invites/new");
  await page.getByLabel("How many invites").fill("2");
  await page.getByRole("button", { name: "Create invites" }).click();
  await expect(page.getByRole("heading", { name: "2 Member invites created" })).toBeVisible();
  await test.step("reveal", () => expectNoViolations(page));
});
