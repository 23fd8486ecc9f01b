import { expect, test } from "./support/fixtures";

test("OPS sees the numbers but no create or revoke controls, and a forged revoke from OPS is refused", async ({
  page,
  makeUser,
  makeInvites,
  signIn,
  signedInAs,
  db,
}) => {
  const admin = await makeUser("ADMIN");
  const [decoy, target] = await makeInvites({ count: 2, createdById: admin.id, note: `forgery ${Date.now()}` });

  // Capture a genuine revoke request (its action id and encoded body) from an admin's page.
  await signIn(page, admin);
  await page.goto(`/admin/invites/${decoy!.id}`);
  await page.getByRole("button", { name: "Revoke…" }).click();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Yes, revoke it" }).click(),
  ]);
  await expect(page.getByText("The invite is revoked")).toBeVisible();
  const actionId = request.headers()["next-action"]!;
  const contentType = request.headers()["content-type"]!;
  const forgedBody = request.postDataBuffer()!.toString("utf8").replaceAll(decoy!.id, target!.id);
  expect(forgedBody).toContain(target!.id);

  const { page: ops } = await signedInAs("OPS");
  await ops.goto("/admin");
  await expect(ops.locator('[data-stat="Total invites"] [data-value]')).toBeVisible();
  await expect(ops.getByRole("link", { name: "Create invites" })).toHaveCount(0);
  await expect(ops.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Stats" })).toBeVisible();
  await expect(ops.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "API keys" })).toHaveCount(0);
  await ops.goto(`/admin/invites/${target!.id}`);
  await expect(ops.getByRole("heading", { name: /Invite/ })).toBeVisible();
  await expect(ops.getByRole("button", { name: /Revoke|Unrevoke|Change expiry/ })).toHaveCount(0);
  await ops.goto("/admin/users");
  await expect(ops.getByText("Read-only")).toBeVisible();
  await expect(ops.getByRole("button", { name: /Disable|Change role/ })).toHaveCount(0);

  const answer = await ops.evaluate(
    async ({ path, actionId, contentType, body }) => {
      const response = await fetch(path, { method: "POST", headers: { "Next-Action": actionId, "Content-Type": contentType, Accept: "text/x-component" }, body });
      return response.text();
    },
    { path: `/admin/invites/${target!.id}`, actionId, contentType, body: forgedBody },
  );
  expect(answer).toContain("forbidden");
  const untouched = await db.invite.findUniqueOrThrow({ where: { id: target!.id } });
  expect(untouched.revokedAt).toBeNull();
  expect((await db.invite.findUniqueOrThrow({ where: { id: decoy!.id } })).revokedAt).not.toBeNull();
});

test("an EDITOR sees only their own invites and cannot open users or the audit log", async ({ makeUser, makeInvites, signedInAs }) => {
  const admin = await makeUser("ADMIN");
  const [others] = await makeInvites({ createdById: admin.id, note: "not yours" });
  const { page, user } = await signedInAs("EDITOR");
  const [own] = await makeInvites({ createdById: user.id, note: "yours" });
  await page.goto("/admin/invites");
  await expect(page.getByRole("link", { name: `${own!.display.slice(0, 4)}… details` })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  // Refusals are shown in place, inside the dashboard, with HTTP 403.
  const colleague = await page.goto(`/admin/invites/${others!.id}`);
  expect(colleague?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not open to you" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Dashboard" })).toBeVisible();
  for (const path of ["/admin/users", "/admin/audit"]) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page).toHaveURL(path);
    await expect(page.getByRole("heading", { name: "This page is not open to you" })).toBeVisible();
  }
  await page.goto("/admin/invites/new");
  await expect(page.getByLabel("Role the invite grants").locator("option")).toHaveText(["Editor", "Member"]);
});

test("a MEMBER has no dashboard", async ({ signedInAs }) => {
  const { page } = await signedInAs("MEMBER");
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not open to you" })).toBeVisible();
});

test("a user disabled by an admin is thrown out on their next request", async ({ page, signIn, makeUser, signedInAs }) => {
  const { page: editorPage, user: editor } = await signedInAs("EDITOR");
  await editorPage.goto("/admin/invites");
  await expect(editorPage.getByRole("heading", { name: "Invites" })).toBeVisible();

  const admin = await makeUser("ADMIN");
  await signIn(page, admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(editor.email)}`);
  await page.getByRole("button", { name: `Disable… ${editor.email}` }).click();
  await page.getByRole("button", { name: "Disable", exact: true }).click();
  await expect(page.getByText(`${editor.email} is disabled.`)).toBeVisible();

  await editorPage.reload();
  await expect(editorPage).toHaveURL(/\/login/);
  await editorPage.getByLabel("E-mail").fill(editor.email);
  await editorPage.getByLabel("Password").fill(editor.password);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  // A disabled account is answered exactly as a wrong password is: nothing tells a guesser it exists.
  await expect(editorPage.getByText("E-mail or password is wrong.")).toBeVisible();
});

test("an admin promotes a member with the keyboard alone; the member's session ends and the new role applies on signing in again", async ({ page, makeUser, signIn, signedInAs }) => {
  const { page: memberPage, user: member } = await signedInAs("MEMBER");
  expect((await memberPage.goto("/admin"))?.status()).toBe(403);

  const admin = await makeUser("ADMIN");
  await signIn(page, admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(member.email)}`);
  await page.getByRole("button", { name: `Change role… of ${member.email}` }).focus();
  await page.keyboard.press("Enter");
  // The dialog shows the current role, describes each, and preselects nothing: one click cannot promote anyone.
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(dialog.getByRole("radio", { name: /Member\s*\(current role\)/ })).toBeDisabled();
  await expect(dialog.getByText("Full control: invites of any role")).toBeVisible();
  await expect(dialog.getByRole("radio", { name: /^Admin/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(dialog.getByRole("radio", { name: /^Editor/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Make Editor" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`${member.email} is now Editor.`)).toBeVisible();
  await expect(page.locator(`tr[data-email="${member.email}"] [data-testid="user-role"]`)).toHaveText("Editor");

  await memberPage.goto("/admin");
  await expect(memberPage).toHaveURL(/\/login/);
  await signIn(memberPage, member);
  await memberPage.goto("/admin");
  await expect(memberPage.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});
