import { expect, expectAccessible, test, uniqueEmail } from "./support/fixtures";

/** A code as a person might type it from paper: lower case, with dashes, and the letter O for each zero. */
function sloppy(display: string) {
  return display.toLowerCase().replaceAll("0", "o");
}

test("a typed code with dashes, lower case and O for 0 is checked as it is typed, then redeemed", async ({ page, makeInvites }) => {
  const invites = await makeInvites({ count: 20 });
  const invite = invites.find((candidate) => candidate.code.includes("0"))!;
  await page.goto("/redeem");
  const field = page.getByLabel("Invite code");

  const wrongLast = invite.display.slice(0, -1) + (invite.display.at(-1) === "Z" ? "Y" : "Z");
  await field.fill(sloppy(wrongLast));
  await expect(page.getByText("This code looks mistyped")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/redeem$/); // nothing was sent
  await expectAccessible(page);

  await field.fill(sloppy(invite.display));
  await expect(page.getByText(`Looks right: ${invite.display}`)).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();

  await page.waitForURL(`**/invite/${invite.code}`);
  await page.getByLabel("Your name").fill("Typed Member");
  await page.getByLabel("E-mail").fill(uniqueEmail("typed"));
  await page.getByLabel("Password").fill("a long typed-in password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/account/);
});

test("from a printed code to a signed-in account with the keyboard alone", async ({ page, makeInvites }) => {
  const [invite] = await makeInvites({ maxUses: 1 });
  await page.goto("/redeem");
  const tabTo = async (id: string) => {
    for (let i = 0; i < 15; i++) {
      if (await page.evaluate((target) => document.activeElement?.id === target, id)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo("field-code");
  await page.keyboard.type(invite!.display);
  await page.keyboard.press("Enter");

  await page.waitForURL(`**/invite/${invite!.code}`);
  await tabTo("field-name");
  await page.keyboard.type("Keyboard Member");
  await page.keyboard.press("Tab");
  await page.keyboard.type(uniqueEmail("keys"));
  await page.keyboard.press("Tab");
  await page.keyboard.type("a long keyboard password");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Show" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Suggest a strong password" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Create account" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/account/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the code form and the account form work as plain form posts", async ({ page, makeInvites }) => {
    const [invite] = await makeInvites({ maxUses: 2 });
    await page.goto("/redeem");
    await page.getByLabel("Invite code").fill(invite!.display.slice(0, 10));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText(/An invite code has 27 characters; this has 9\./)).toBeVisible();
    await expect(page.getByLabel("Invite code")).toHaveValue(invite!.display.slice(0, 10));

    await page.getByLabel("Invite code").fill(sloppy(invite!.display));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`**/invite/${invite!.code}`);
    await expect(page.getByRole("button", { name: "Suggest a strong password" })).toHaveCount(0);

    await page.getByLabel("Your name").fill("No Script");
    await page.getByLabel("E-mail").fill(uniqueEmail("nojs"));
    await page.getByLabel("Password").fill("password1234");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("commonly used passwords")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("No Script");

    await page.getByLabel("Password").fill("a long script-free password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/account/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  });
});
