import { generateCode } from "@/lib/invites/codes";
import { expect, expectAccessible, test, uniqueEmail } from "./support/fixtures";

test.describe("in the visitor's time zone", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("an invite link shows what it grants, suggests a strong password, and signs the new member in", async ({ page, makeInvites }) => {
    const [invite] = await makeInvites({ role: "MEMBER", maxUses: 3, hours: 48 });
    await page.goto(`/invite/${invite!.display}`);
    await expect(page.getByRole("heading", { name: "Join as a Member" })).toBeVisible();
    await expect(page.getByText("A regular account: their own profile, password and sessions.")).toBeVisible();
    await expect(page.getByText("3 of 3 uses left")).toBeVisible();
    const expiry = page.locator("time").first();
    await expect(expiry).toHaveAttribute("datetime", /Z$/);
    await expect(expiry).toHaveText(/GMT\+9/); // the browser stores its zone in a cookie on the first visit

    await page.getByLabel("Your name").fill("Link Member");
    await page.getByLabel("E-mail").fill(uniqueEmail("link"));
    await page.getByRole("button", { name: "Suggest a strong password" }).click();
    await expect(page.getByLabel("Password")).toHaveValue(/^[2-9a-zA-Z]{5}(-[2-9a-zA-Z]{5}){3}$/);
    await expect(page.getByLabel("Password")).toHaveAttribute("type", "text");
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL(/\/account\?welcome=1$/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByText("Link Member").first()).toBeVisible();

    await page.goto(`/invite/${invite!.code}`);
    await expect(page.getByText("2 of 3 uses left")).toBeVisible();
    await expect(page.getByText(/You are signed in as Link Member/)).toBeVisible();
  });
});

test("each dead invite has its own page, never a generic error", async ({ page, makeInvites, spoilInvite }) => {
  const [expired] = await makeInvites({ hours: -1 });
  const [exhausted, revoked] = await makeInvites({ count: 2, maxUses: 1 });
  await spoilInvite(exhausted!, "exhausted");
  await spoilInvite(revoked!, "revoked");
  const damaged = expired!.code.slice(0, -1) + (expired!.code.at(-1) === "0" ? "1" : "0");

  const pages: [string, string][] = [
    [generateCode(), "This invite code does not exist"],
    [expired!.code, "This invite has expired"],
    [exhausted!.code, "This invite has been used up"],
    [revoked!.code, "This invite was withdrawn"],
    [damaged, "This link looks damaged"],
  ];
  for (const [code, heading] of pages) {
    await page.goto(`/invite/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // The code that failed is kept in the form, ready to be corrected.
    await expect(page.getByLabel("Invite code")).toHaveValue(code);
  }
  await expectAccessible(page);
});

test("an e-mail that already has an account is pointed to sign-in and uses nothing", async ({ page, makeInvites, makeUser }) => {
  const member = await makeUser("MEMBER");
  const [invite] = await makeInvites({ maxUses: 1 });
  await page.goto(`/invite/${invite!.code}`);
  await page.getByLabel("Your name").fill("Someone Again");
  await page.getByLabel("E-mail").fill(member.email.toUpperCase());
  await page.getByLabel("Password").fill("a perfectly long new password");
  await page.getByRole("button", { name: "Create account" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "already exists" });
  await expect(alert).toContainText("An account with this e-mail address already exists");
  await expect(alert).toContainText("Your invite has not been used");
  await expect(page.getByLabel("Your name")).toHaveValue("Someone Again");
  await expectAccessible(page);

  await alert.getByRole("link", { name: "Sign in with that e-mail address" }).click();
  await page.waitForURL(/\/login/);
  await page.goto(`/invite/${invite!.code}`);
  await expect(page.getByRole("heading", { name: "Join as a Member" })).toBeVisible();
});

test("an invite that needs approval says so where the new account lands, and again at sign-in", async ({ page, makeInvites, db }) => {
  const [invite] = await makeInvites({ maxUses: 1 });
  await db.invite.update({ where: { id: invite!.id }, data: { needsApproval: true } });
  const email = uniqueEmail("approval");
  await page.goto(`/invite/${invite!.code}`);
  await page.getByLabel("Your name").fill("Waiting Member");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a perfectly long new password");
  await page.getByRole("button", { name: "Create account" }).click();

  await page.waitForURL(/\/login\?pending=1$/);
  // The design system's alert, not a bare paragraph that reads as part of the page.
  const status = page.locator('[data-slot="alert"][role="status"]');
  await expect(status).toContainText("Your account is created and waiting for an administrator's approval.");
  // After the action's redirect the title follows the new page a moment later; axe would flag its absence.
  await expect(page).toHaveTitle(/Sign in/);
  await expectAccessible(page);

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a perfectly long new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "waiting for an administrator's approval" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
