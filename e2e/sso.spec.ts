import type { Page } from "@playwright/test";
import { expect, PASSWORD, test, uniqueEmail } from "./support/fixtures";

/*
 * Single sign-on against the real OpenID provider the harness runs (e2e/support/oidc-provider.ts): the app
 * discovers it, redirects to its login and consent pages, and exchanges the code. Nothing is mocked.
 */
const PROVIDER_ORIGIN = `http://localhost:${process.env.OIDC_TEST_PORT ?? 4250}`;

/** Clicks "Continue with Test ID" (or "Link Test ID") and waits for the provider's login page. */
async function goToProvider(page: Page, button: RegExp = /Continue with Test ID/) {
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL((url) => url.origin === PROVIDER_ORIGIN);
}

/** Signs in at the provider as `login` and gives consent, up to the moment the provider sends the browser back. */
async function providerLogin(page: Page, login: string, { consent = true } = {}) {
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consentButton = page.getByRole("button", { name: "Continue" });
  await consentButton.waitFor();
  if (consent) await consentButton.click();
}

/** Back at the app after the provider (a remembered provider session may skip its pages). */
async function backAtApp(page: Page, path: RegExp) {
  await page.waitForURL((url) => url.origin !== PROVIDER_ORIGIN && path.test(url.pathname + url.search), { timeout: 30_000 });
}

function ssoLogin(name: string) {
  return uniqueEmail(name).replace("@example.test", "@sso.example.test");
}

test.describe("single sign-on", () => {
  // One after another in one worker: each test's clean-up removes every *.sso.example.test account, which would
  // pull an account out from under a test running beside it (seen when the suite ran fully parallel).
  test.describe.configure({ mode: "default" });
  test.afterEach(async ({ db }) => {
    await db.user.deleteMany({ where: { email: { endsWith: "sso.example.test" } } });
  });

  test("invite → Continue with → provider login → an account with the invite's role, linked to the provider", async ({ page, makeInvites, db }) => {
    const [invite] = await makeInvites({ role: "EDITOR", maxUses: 1 });
    const email = ssoLogin("ada-lovelace");
    await page.goto(`/invite/${invite!.code}`);
    await goToProvider(page);
    await providerLogin(page, email);
    await backAtApp(page, /^\/admin\?welcome=1$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { identities: true, redemptions: true } });
    expect(user).toMatchObject({ role: "EDITOR", passwordHash: null, name: expect.stringMatching(/^Ada Lovelace/) });
    expect(user.identities).toEqual([expect.objectContaining({ provider: "oidc", subject: email })]);
    expect(user.redemptions).toEqual([expect.objectContaining({ inviteId: invite!.id })]);
    expect(await db.session.count({ where: { userId: user.id, endedAt: null } })).toBe(1);
  });

  test("an unknown identity without an invite is refused at sign-in, and continues once a code is typed", async ({ page, makeInvites, db }) => {
    const email = ssoLogin("no-invite");
    await page.goto("/login");
    await goToProvider(page);
    await providerLogin(page, email);
    await backAtApp(page, /^\/sso\/invite-only$/);
    await expect(page.getByRole("heading", { name: "This site is invite-only" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    expect(await db.user.count({ where: { email } })).toBe(0);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);

    const [invite] = await makeInvites({ role: "MEMBER" });
    await page.goto("/sso/invite-only");
    await page.getByLabel("Invite code").fill(invite!.display);
    await page.getByRole("button", { name: "Create my account" }).click();
    await page.waitForURL(/\/account\?welcome=1$/);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { identities: true } });
    expect(user.role).toBe("MEMBER");
    expect(user.identities).toHaveLength(1);
  });

  test("an unverified e-mail never makes an account", async ({ page, makeInvites, db }) => {
    const [invite] = await makeInvites({ role: "MEMBER" });
    const email = `unverified-${ssoLogin("x")}`;
    await page.goto(`/invite/${invite!.code}`);
    await goToProvider(page);
    await providerLogin(page, email);
    await backAtApp(page, /^\/login\?error=EmailUnverified$/);
    await expect(page.getByRole("alert").filter({ hasText: "did not confirm your e-mail address" })).toBeVisible();
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite!.id } })).uses).toBe(0);
  });

  test("link a provider on /account, sign in with it, sign out ends that session, and unlink it", async ({ page, signIn, makeUser, db }) => {
    const member = await makeUser("MEMBER");
    await signIn(page, member);
    await page.goto("/account");
    const login = ssoLogin("linker");
    await goToProvider(page, /Link Test ID/);
    await providerLogin(page, login);
    await backAtApp(page, /^\/account\?linked=oidc$/);
    await expect(page.getByRole("status")).toContainText("Test ID is linked");
    expect(await db.userIdentity.findMany({ where: { userId: member.id } })).toEqual([expect.objectContaining({ provider: "oidc", subject: login })]);

    // Signed out, the linked identity signs in to the same account (the provider remembers its own session).
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL(/\/login\?signedOut=1/);
    await page.getByRole("button", { name: /Continue with Test ID/ }).click();
    await backAtApp(page, /^\/account$/);
    await expect(page.getByText(member.email)).toBeVisible();
    const ssoSession = await db.session.findFirstOrThrow({ where: { userId: member.id, endedAt: null } });

    // Sign-out ends the SSO session's record, like a password session's.
    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL(/\/login\?signedOut=1/);
    expect(await db.session.findUniqueOrThrow({ where: { id: ssoSession.id } })).toMatchObject({ endReason: "signed_out", endedAt: expect.any(Date) });
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);

    await signIn(page, member);
    await page.goto("/account");
    await page.getByRole("button", { name: "Unlink Test ID" }).click();
    await expect(page.getByText("No provider is linked to your account.")).toBeVisible();
    expect(await db.userIdentity.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: member.id, action: { in: ["auth.identity_link", "auth.identity_unlink"] } } })).toBe(2);
  });

  test("the last way to sign in cannot be unlinked", async ({ page, makeInvites, db }) => {
    const [invite] = await makeInvites({ role: "MEMBER" });
    const email = ssoLogin("only-sso");
    await page.goto(`/invite/${invite!.code}`);
    await goToProvider(page);
    await providerLogin(page, email);
    await backAtApp(page, /^\/account\?welcome=1$/);
    await page.getByRole("button", { name: "Unlink Test ID" }).click();
    await expect(page.getByText("This is the only way you can sign in")).toBeVisible();
    expect(await db.userIdentity.count({ where: { user: { email } } })).toBe(1);
  });

  test("one single-use invite, redeemed at the same instant through SSO and through the password form: exactly one account", async ({ browser, makeInvites, db }) => {
    const [invite] = await makeInvites({ role: "MEMBER", maxUses: 1 });
    const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
    const [sso, form] = await Promise.all(contexts.map((context) => context.newPage()));
    const ssoEmail = ssoLogin("racer-sso");
    const formEmail = ssoLogin("racer-form");

    await sso!.goto(`/invite/${invite!.code}`);
    await goToProvider(sso!);
    await providerLogin(sso!, ssoEmail, { consent: false });
    await form!.goto(`/invite/${invite!.code}`);
    await form!.getByLabel("Your name").fill("Form Racer");
    await form!.getByLabel("E-mail").fill(formEmail);
    await form!.getByLabel("Password").fill(PASSWORD);

    await Promise.all([sso!.getByRole("button", { name: "Continue" }).click(), form!.getByRole("button", { name: "Create account" }).click()]);
    const outcomes = await Promise.all([
      Promise.race([
        backAtApp(sso!, /^\/account\?welcome=1$/).then(() => "won"),
        backAtApp(sso!, /ssoError=exhausted/).then(() => "exhausted"),
      ]),
      Promise.race([
        form!.waitForURL(/\/account\?welcome=1$/).then(() => "won"),
        form!.getByRole("alert").filter({ hasText: "already been used as many times as it allows" }).waitFor().then(() => "exhausted"),
      ]),
    ]);
    expect(outcomes.sort()).toEqual(["exhausted", "won"]);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite!.id } })).uses).toBe(1);
    expect(await db.redemption.count({ where: { inviteId: invite!.id } })).toBe(1);
    expect(await db.user.count({ where: { email: { in: [ssoEmail, formEmail] } } })).toBe(1);
    await Promise.all(contexts.map((context) => context.close()));
  });

  test("an e-mail domain an ADMIN opened signs up without an invite, as a Member", async ({ page, db }) => {
    // The settings row is written directly: this test is about the sign-in, not the settings page.
    await db.settings.update({ where: { id: 1 }, data: { ssoSignupDomains: ["open.sso.example.test"] } });
    try {
      const email = uniqueEmail("domain").replace("@example.test", "@open.sso.example.test");
      await page.goto("/login");
      await goToProvider(page);
      await providerLogin(page, email);
      await backAtApp(page, /^\/account\?welcome=1$/);
      expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "MEMBER" });
    } finally {
      await db.settings.update({ where: { id: 1 }, data: { ssoSignupDomains: [] } });
    }
  });
});
