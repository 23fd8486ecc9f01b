import { expect, expectAccessible, test } from "./support/fixtures";

// every-page.spec.ts checks each page as it loads; this checks the states that only exist after an interaction.

test("the revoke confirmation and the one-time reveal of new codes have no accessibility violations", async ({ page, makeUser, makeInvites, signIn }) => {
  const admin = await makeUser("ADMIN");
  const [invite] = await makeInvites({ createdById: admin.id, note: "axe" });
  await signIn(page, admin);

  await page.goto(`/admin/invites/${invite!.id}`);
  await page.getByRole("button", { name: "Revoke…" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await test.step("revoke confirmation", () => expectAccessible(page));

  await page.goto("/admin/invites/new");
  await page.getByLabel("How many invites").fill("2");
  await page.getByRole("button", { name: "Create invites" }).click();
  await expect(page.getByRole("heading", { name: "2 Member invites created" })).toBeVisible();
  await test.step("reveal", () => expectAccessible(page));
});
