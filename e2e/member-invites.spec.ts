import { expect, test } from "./support/fixtures";

test("a member revokes an invite they sent to the wrong person, from the keyboard, and its link stops working", async ({ page, browser, makeUser, makeInvites, signIn, db }) => {
  const member = await makeUser("MEMBER");
  // Made as the account page makes them (the switch that opens it is a site-wide setting other tests share).
  const [sent, kept] = await makeInvites({ count: 2, createdById: member.id, note: "Member invite" });
  await db.invite.updateMany({ where: { id: { in: [sent!.id, kept!.id] } }, data: { memberQuota: true } });
  const prefix = (await db.invite.findUniqueOrThrow({ where: { id: sent!.id } })).prefix;

  await signIn(page, member);
  await page.goto("/account/invites");
  const table = page.getByRole("table", { name: "Your invites" });
  await expect(table.getByRole("button", { name: /^Revoke invite/ })).toHaveCount(2);

  await table.getByRole("button", { name: `Revoke invite ${prefix}…` }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Revoke this invite?" });
  await expect(dialog).toContainText("It still counts against your invites for the last 30 days.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("The invite is revoked: its link no longer works.")).toBeVisible();
  await expect(dialog).toBeHidden();

  const row = table.getByRole("row").filter({ hasText: prefix });
  await expect(row.getByText("Revoked")).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(table.getByRole("button", { name: /^Revoke invite/ })).toHaveCount(1);

  const guest = await browser.newContext();
  try {
    const guestPage = await guest.newPage();
    await guestPage.goto(`/invite/${sent!.display}`);
    await expect(guestPage.getByRole("heading", { name: "This invite was withdrawn" })).toBeVisible();
  } finally {
    await guest.close();
  }
});
