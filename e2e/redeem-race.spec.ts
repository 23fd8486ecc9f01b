import { expect, test, uniqueEmail } from "./support/fixtures";

test("two people racing for the last use: exactly one gets the account, the other is told it is used up", async ({ browser, makeInvites }) => {
  const [invite] = await makeInvites({ maxUses: 1 });
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  for (const [i, page] of pages.entries()) {
    await page.goto(`/invite/${invite!.code}`);
    await page.getByLabel("Your name").fill(`Racer ${i}`);
    await page.getByLabel("E-mail").fill(uniqueEmail(`racer${i}`));
    await page.getByLabel("Password").fill("a long racing password");
  }
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Create account" }).click()));

  const outcomes = await Promise.all(
    pages.map((page) =>
      Promise.race([
        page.waitForURL(/\/account/).then(() => "won"),
        page.getByRole("alert").filter({ hasText: "already been used as many times as it allows" }).waitFor().then(() => "exhausted"),
      ]),
    ),
  );
  expect(outcomes.sort()).toEqual(["exhausted", "won"]);
  await Promise.all(contexts.map((context) => context.close()));
});
