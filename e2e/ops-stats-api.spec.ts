import { readFile } from "node:fs/promises";
import { expect, expectAccessible, test } from "./support/fixtures";

test("an OPS user reads the stats in their time zone and downloads the redemptions CSV", async ({ page, request, makeUser, makeInvites, signIn }) => {
  const ops = await makeUser("OPS");
  await makeInvites({ count: 2, note: "e2e stats batch" });
  await signIn(page, ops);
  await page.goto("/admin/stats");
  await expect(page.getByRole("heading", { name: "Usage statistics" })).toBeVisible();
  await expect(page.getByText("Redemptions per day")).toBeVisible();

  await page.getByLabel("Range", { exact: true }).selectOption("7d");
  await page.getByLabel("Group by").selectOption("week");
  await page.getByRole("button", { name: "Show" }).click();
  await page.waitForURL(/range=7d/);
  await expect(page.getByText("Redemptions per week")).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Redemptions in this range" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^redemptions-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    ["redeemed_at", "user_email", "user_name", "user_role", "invite_id", "invite_prefix", "invite_role", "batch_id", "invite_note", "ip", "user_agent"]
      .map((column) => `"${column}"`)
      .join(","),
  );

  const invites = await page.request.get("/api/exports/invites?role=MEMBER");
  expect(invites.status()).toBe(200);
  expect(await invites.text()).toContain("e2e stats batch");
  expect((await request.get("/api/exports/audit")).status()).toBe(401);

  expect((await page.goto("/admin/api-keys"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not open to you" })).toBeVisible();
});

test("an ADMIN creates an API key, uses it, and revokes it", async ({ page, makeUser, signIn, request }) => {
  const admin = await makeUser("ADMIN");
  await signIn(page, admin);
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();

  await page.getByLabel("Name").fill("e2e integration");
  await page.getByRole("button", { name: "Create key" }).click();
  const keyField = page.getByTestId("revealed-code");
  await expect(keyField).toHaveText(/^sk_[A-Za-z0-9_-]{43}$/);
  const key = (await keyField.textContent())!;
  await expectAccessible(page);
  // Saving the key lifts the guard against leaving the page.
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download TXT" }).click()]);
  await expect(page.getByText("Saved. You can leave this page.")).toBeVisible();

  const authorization = { Authorization: `Bearer ${key}` };
  const stats = await request.get("/api/v1/stats?range=7d&tz=UTC", { headers: authorization });
  expect(stats.status()).toBe(200);
  expect(await stats.json()).toMatchObject({ range: { tz: "UTC" }, counts: { total: expect.any(Number) } });
  const list = await request.get("/api/v1/invites?limit=5", { headers: authorization });
  expect(list.status()).toBe(200);
  const write = await request.post("/api/v1/invites", { headers: authorization, data: { role: "MEMBER", maxUses: 1, expiresAt: new Date(Date.now() + 3_600_000).toISOString() } });
  expect(write.status()).toBe(403);
  expect((await request.get("/api/v1/stats")).status()).toBe(401);

  await page.reload();
  await expect(page.getByRole("cell", { name: "e2e integration", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Revoke… key e2e integration" }).click();
  await page.getByRole("button", { name: "Revoke key", exact: true }).click();
  await expect(page.getByText("The key “e2e integration” is revoked.")).toBeVisible();
  await expect(page.getByRole("row", { name: /e2e integration/ }).getByText("Revoked")).toBeVisible();
  expect((await request.get("/api/v1/stats", { headers: authorization })).status()).toBe(401);

  // The e2e server runs without METRICS_TOKEN: the scrape endpoint does not exist.
  expect((await request.get("/api/metrics")).status()).toBe(404);
  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "GET /api/v1/stats" })).toBeVisible();
});

test("a reset link sets a new password once and signs the user out everywhere", async ({ page, browser, makeUser, signIn, signInWithForm }) => {
  const admin = await makeUser("ADMIN");
  const member = await makeUser("MEMBER");
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto("/account");
  await expect(memberPage.getByRole("heading", { name: "Your account" })).toBeVisible();

  await signIn(page, admin);
  await page.goto(`/admin/users/${member.id}/reset`);
  await page.getByRole("button", { name: "Create password-reset link" }).click();
  const link = (await page.getByTestId("revealed-code").textContent())!;
  expect(link).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);

  const resetContext = await browser.newContext();
  const resetPage = await resetContext.newPage();
  await resetPage.goto(new URL(link).pathname);
  await expect(resetPage.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(resetPage);
  await resetPage.getByLabel("New password").fill("the new password after reset");
  await resetPage.getByRole("button", { name: "Set new password" }).click();
  await expect(resetPage.getByText("Your password is changed")).toBeVisible();

  await memberPage.goto("/account");
  await expect(memberPage).toHaveURL(/\/login/);
  await resetPage.goto(new URL(link).pathname);
  await expect(resetPage.getByText("This reset link has already been used")).toBeVisible();
  await signInWithForm(resetPage, { ...member, password: "the new password after reset" });
  await expect(resetPage).toHaveURL(/\/account/);
  await memberContext.close();
  await resetContext.close();
});
