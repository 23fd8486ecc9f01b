import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function statValue(page: Page, label: string): Promise<number> {
  const text = await page.locator(`[data-stat="${label}"] [data-value]`).textContent();
  return Number((text ?? "").replaceAll(",", ""));
}

test("an admin creates 3 EDITOR invites, one is redeemed, the dashboard and used_by trail show it, and revoking kills a link", async ({
  page,
  browser,
  makeUser,
  signIn,
  db,
}, testInfo) => {
  const note = `journey ${testInfo.workerIndex}-${Date.now()}`;
  const admin = await makeUser("ADMIN");
  await signIn(page, admin);
  await page.goto("/admin");
  const totalBefore = await statValue(page, "Total invites");
  const redeemedBefore = await statValue(page, "Redemptions, last 24 h");

  await page.getByRole("link", { name: "Create invites" }).first().click();
  await expect(page.getByRole("heading", { name: "Create invites" })).toBeVisible();
  await page.getByLabel("Role the invite grants").selectOption("EDITOR");
  await page.getByLabel("Uses per invite").fill("1");
  await page.getByLabel("Expires").selectOption("7d");
  await page.getByLabel("Note (optional)").fill(note);
  await page.getByLabel("How many invites").fill("3");
  await page.getByRole("button", { name: "Create invites" }).click();

  await expect(page.getByRole("heading", { name: "3 Editor invites created" })).toBeFocused();
  await expect(page.getByText("shown only this once")).toBeVisible();
  const links = await page.getByTestId("revealed-link").allTextContents();
  expect(links).toHaveLength(3);
  await expect(page.getByRole("img", { name: "QR code for invite link 1" })).toBeVisible();

  await page.getByRole("button", { name: "Copy link 1" }).click();
  await expect(page.getByText("Copied").first()).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(links[0]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
  expect(csv[0]).toBe('"code","link","prefix","role","max_uses","expires_at_utc","note"');
  expect(csv.slice(1).map((line) => line.split(",")[1])).toEqual(links.map((link) => `"${link}"`));

  const visitor = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const guest = await visitor.newPage();
  const redeemer = `editor-${Date.now()}@example.test`;
  await guest.goto(new URL(copied).pathname);
  await expect(guest.getByRole("heading", { name: "Join as an Editor" })).toBeVisible();
  await guest.getByLabel("Your name").fill("Redeeming Editor");
  await guest.getByLabel("E-mail").fill(redeemer);
  await guest.getByLabel("Password").fill("a long enough password");
  await guest.getByRole("button", { name: "Create account" }).click();
  await guest.waitForURL(/\/admin/);

  await page.goto("/admin");
  expect(await statValue(page, "Total invites")).toBeGreaterThanOrEqual(totalBefore + 3);
  expect(await statValue(page, "Redemptions, last 24 h")).toBeGreaterThanOrEqual(redeemedBefore + 1);
  await expect(page.getByRole("img", { name: /redemptions? in the last 30 days/ })).toBeVisible();

  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Invites", exact: true }).click();
  await page.getByLabel("Search").fill(note);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(note).replaceAll("%20", "\\+")}`));
  await expect(page.locator("tbody tr")).toHaveCount(3);

  const redeemedPrefix = new URL(copied).pathname.split("/").at(-1)!.slice(0, 4);
  await page.getByRole("link", { name: `${redeemedPrefix}… details` }).click();
  await expect(page.getByText("1 of 1")).toBeVisible();
  await expect(page.getByTestId("used-by")).toContainText(redeemer);
  await expect(page.getByTestId("used-by")).toContainText("Redeeming Editor");

  // Revoke an unused invite of the batch, by keyboard alone.
  const unused = links.find((link) => link !== copied)!;
  const unusedCode = new URL(unused).pathname.split("/").at(-1)!;
  const unusedInvite = await db.invite.findFirstOrThrow({ where: { note, prefix: unusedCode.slice(0, 4) } });
  await page.goto(`/admin/invites/${unusedInvite.id}`);
  await page.getByRole("button", { name: "Revoke…" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Reason (optional)")).toBeFocused();
  await page.keyboard.type("sent to the wrong person");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Yes, revoke it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("The invite is revoked: its link no longer works.")).toBeVisible();
  await expect(page.getByText("sent to the wrong person")).toBeVisible();
  expect((await db.invite.findUniqueOrThrow({ where: { id: unusedInvite.id } })).revokeReason).toBe("sent to the wrong person");

  await guest.goto(new URL(unused).pathname);
  await expect(guest.getByRole("heading", { name: "This invite was withdrawn" })).toBeVisible();
  await visitor.close();
});

test("an admin can create invites with the keyboard alone, and bad input keeps what was typed", async ({ page, makeUser, signIn }) => {
  const admin = await makeUser("ADMIN");
  await signIn(page, admin);
  await page.goto("/admin/invites/new");
  await page.getByLabel("Role the invite grants").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Uses per invite")).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("0");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("How many invites")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Expires")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Note (optional)")).toBeFocused();
  await page.keyboard.type("keyboard batch");
  await page.keyboard.press("Enter");
  await expect(page.getByText("An invite allows at least 1 use.")).toBeVisible();
  await expect(page.getByLabel("Note (optional)")).toHaveValue("keyboard batch");

  await page.getByLabel("Uses per invite").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /1 Member invite created/ })).toBeFocused();
});
