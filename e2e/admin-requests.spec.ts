import { expect, test } from "./support/fixtures";

test("an admin approves one waiting account and refuses another; each row leaves with a message that stays", async ({ signedInAs, makeUser, db }) => {
  const [approved, refused] = [await makeUser("MEMBER"), await makeUser("MEMBER")];
  await db.user.updateMany({ where: { id: { in: [approved.id, refused.id] } }, data: { pendingApproval: true } });
  const { page } = await signedInAs("ADMIN");
  await page.goto("/admin/requests");
  const table = page.getByRole("table", { name: "Accounts waiting for approval" });
  const rowOf = (email: string) => table.getByRole("row").filter({ hasText: email });

  await rowOf(approved.email).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(`${approved.name} can sign in now and gets an e-mail saying so.`)).toBeVisible();
  await expect(rowOf(approved.email)).toHaveCount(0);

  await rowOf(refused.email).getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText(`${refused.name}'s account is refused and stays disabled.`)).toBeVisible();
  await expect(rowOf(refused.email)).toHaveCount(0);

  expect(await db.user.findUniqueOrThrow({ where: { id: approved.id } })).toMatchObject({ pendingApproval: false, disabled: false });
  expect(await db.user.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ disabled: true });
});
