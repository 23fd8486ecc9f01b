import { expect, test } from "./support/fixtures";
import { readState } from "./support/state";

test("the first-admin link printed at startup creates an admin account and signs it in", async ({ page }) => {
  const { bootstrapLink } = readState();
  expect(bootstrapLink, "npm start printed a first-admin link").toBeTruthy();
  await page.goto(new URL(bootstrapLink!).pathname);
  await expect(page.getByRole("heading", { name: "Join as an Admin" })).toBeVisible();
  await expect(page.getByText("ADMIN")).toBeVisible();

  await page.getByLabel("Your name").fill("First Admin");
  await page.getByLabel("E-mail").fill(`first-admin-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("a long first admin password");
  await page.getByRole("button", { name: "Create account" }).click();

  await page.waitForURL(/\/admin/);
  await page.goto(new URL(bootstrapLink!).pathname);
  await expect(page.getByRole("heading", { name: "This invite has been used up" })).toBeVisible();
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
