import { expect, test } from "./support/fixtures";

test("a person sees where they are signed in, signs another browser out, and changes their password", async ({ browser, makeUser, signIn, signInWithForm }) => {
  const user = await makeUser("EDITOR");
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [laptopPage, phonePage] = [await laptop.newPage(), await phone.newPage()];
  try {
    await signIn(laptopPage, user);
    await signIn(phonePage, user);

    await laptopPage.goto("/account");
    const rows = laptopPage.getByRole("table", { name: "Your active sessions" }).locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(laptopPage.getByText("This session")).toBeVisible();
    await rows.getByRole("button", { name: "Sign out" }).click();
    await expect(rows).toHaveCount(1);
    await phonePage.goto("/admin");
    await expect(phonePage).toHaveURL(/\/login/);

    await laptopPage.getByLabel("Current password").fill("not the password at all");
    await laptopPage.getByLabel("New password").fill("a fresh password for the editor");
    await laptopPage.getByRole("button", { name: "Change password" }).click();
    await expect(laptopPage.getByText("That is not your current password.")).toBeVisible();
    await laptopPage.getByLabel("Current password").fill(user.password);
    await laptopPage.getByLabel("New password").fill("a fresh password for the editor");
    await laptopPage.getByRole("button", { name: "Change password" }).click();
    await expect(laptopPage.getByText("Your password is changed.")).toBeVisible();
    await laptopPage.goto("/admin");
    await expect(laptopPage.getByRole("heading", { name: "Dashboard" })).toBeVisible();

    await signInWithForm(phonePage, { ...user, password: "a fresh password for the editor" });
    await laptopPage.goto("/account");
    await laptopPage.getByRole("button", { name: "Sign out everywhere…" }).click();
    await laptopPage.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await expect(laptopPage.getByText("You are signed out on every device.")).toBeVisible();
    await phonePage.goto("/admin");
    await expect(phonePage).toHaveURL(/\/login/);
  } finally {
    await Promise.all([laptop.close(), phone.close()]);
  }
});

test("after sign-in, a callback URL that a browser would read as another host leads home instead", async ({ page, makeUser }) => {
  const user = await makeUser("ADMIN");
  for (const callbackUrl of ["%2F%09%2Fevil.example%2Fx", "%2F%5Cevil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    expect(new URL(page.url()).host, callbackUrl).toBe(new URL(test.info().project.use.baseURL!).host);
    await expect(page).toHaveURL(/\/admin$/);
  }
  await page.goto("/login?callbackUrl=%2Fadmin%2Fusers");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
});
