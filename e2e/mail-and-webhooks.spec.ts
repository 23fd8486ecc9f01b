import { Webhook } from "standardwebhooks";
import { SmtpSink } from "@/tests/support/smtp-sink";
import { WebhookReceiver } from "@/tests/support/webhook-receiver";
import { expect, PASSWORD, test, uniqueEmail } from "./support/fixtures";
import { E2E_SMTP_PORT, E2E_WEBHOOK_PORT } from "./support/mail";

/*
 * End to end on real servers: the app sends over SMTP to an smtp-server in this process, the message is parsed
 * (mailparser), and its link is followed in the browser; webhooks reach a real receiver that verifies every
 * signature with the standardwebhooks package.
 */
test.describe.configure({ mode: "serial" });

const smtp = new SmtpSink();
const receiver = new WebhookReceiver();

test.beforeAll(async () => {
  await smtp.start(E2E_SMTP_PORT);
  await receiver.start(E2E_WEBHOOK_PORT);
});
test.afterAll(async () => {
  await smtp.stop();
  await receiver.stop();
});

const linkIn = (text: string, path: string) => new RegExp(`https?://[^\\s]+${path}/[A-Za-z0-9_-]+`).exec(text)?.[0] ?? "";

test("an admin registers a webhook, invites by e-mail; the mailed link creates the account; the receiver gets a signed invite.redeemed", async ({ browser, signedInAs, db }) => {
  const { page: admin } = await signedInAs("ADMIN");

  await admin.goto("/admin/webhooks");
  await admin.getByLabel("URL").fill(receiver.url);
  await admin.getByRole("button", { name: "Register endpoint" }).click();
  receiver.secret = (await admin.getByTestId("webhook-secret").textContent())!.trim();
  expect(receiver.secret).toMatch(/^whsec_/);

  const email = uniqueEmail("mailed");
  await admin.goto("/admin/invites/email");
  await admin.getByLabel("E-mail addresses").fill(email);
  await admin.getByLabel("Personal message (optional)").fill("Looking forward to working with you.");
  await admin.getByRole("button", { name: "Send invitations" }).click();
  await expect(admin.getByText("1 invitation queued for sending.")).toBeVisible();

  await smtp.waitFor(() => smtp.to(email).length === 1);
  const mail = smtp.to(email)[0]!;
  expect(mail.text).toContain("Looking forward to working with you.");
  const link = linkIn(mail.text!, "/invite");
  expect(link).not.toBe("");

  const invite = await db.invite.findFirstOrThrow({ where: { boundEmail: email } });
  await admin.goto(`/admin/invites/${invite.id}`);
  await expect(admin.getByTestId("delivery-state").first()).toHaveText(/mail sent/);

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(link);
  await expect(visitor.getByLabel("E-mail")).toHaveValue(email);
  await visitor.getByLabel("Your name").fill("Mailed Member");
  await visitor.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await visitor.waitForURL(/\/account\?welcome=1$/);
  await context.close();

  await receiver.waitFor(() => receiver.accepted().some((hook) => hook.type === "invite.redeemed" && (hook.data.user as { email: string }).email === email));
  expect(receiver.rejected).toBe(0);
  const hook = receiver.accepted().find((entry) => entry.type === "invite.redeemed")!;
  expect(() => new Webhook(receiver.secret).verify(hook.raw, { "webhook-id": hook.id, "webhook-timestamp": String(Math.floor(Date.now() / 1000)), "webhook-signature": "v1,bad" })).toThrow();
  expect(hook.raw).not.toContain(link.split("/").at(-1)!);

  // Deleting takes a confirmation: the endpoint's delivery log goes with it.
  await admin.goto("/admin/webhooks");
  const row = admin.getByRole("row").filter({ hasText: receiver.url });
  await row.getByRole("button", { name: `Delete the endpoint ${receiver.url}…` }).click();
  const dialog = admin.getByRole("alertdialog", { name: "Delete this endpoint?" });
  await expect(dialog).toContainText("its delivery log is deleted with it");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `Delete the endpoint ${receiver.url}…` }).click();
  await dialog.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(admin.getByText("The endpoint is deleted.")).toBeVisible();
  await expect(row).toHaveCount(0);
  expect(await db.webhookEndpoint.count({ where: { url: receiver.url } })).toBe(0);
});

test("a person asks for an invite, confirms by the mailed link, and an admin approves: the invite arrives by mail", async ({ browser, signedInAs, db }) => {
  await db.settings.update({ where: { id: 1 }, data: { requestsEnabled: true } });
  const email = uniqueEmail("asker");
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto("/request-invite");
  await visitor.getByLabel("Your name").fill("Asking Person");
  await visitor.getByLabel("E-mail address").fill(email);
  await visitor.getByRole("button", { name: "Ask for an invite" }).click();
  await expect(visitor.getByText("Check your inbox")).toBeVisible();

  await smtp.waitFor(() => smtp.to(email).length === 1);
  await visitor.goto(linkIn(smtp.to(email)[0]!.text!, "/request-invite/confirm"));
  await visitor.getByRole("button", { name: "Confirm my request" }).click();
  await expect(visitor.getByText("your address is confirmed")).toBeVisible();

  const { page: admin } = await signedInAs("ADMIN");
  await admin.goto("/admin");
  await expect(admin.getByTestId("dashboard-notices")).toContainText("invite request");
  await admin.goto("/admin/requests");
  await admin.getByLabel(`Select ${email}`).check();
  await admin.getByRole("button", { name: "Approve and send invites" }).click();
  // The approved request leaves the pending queue (and the form with it).
  await expect(admin.getByText("No pending requests.")).toBeVisible();

  await smtp.waitFor(() => smtp.to(email).length === 2);
  await visitor.goto(linkIn(smtp.to(email)[1]!.text!, "/invite"));
  await expect(visitor.getByLabel("E-mail")).toHaveValue(email);
  await context.close();
  await db.settings.update({ where: { id: 1 }, data: { requestsEnabled: false } });
});
