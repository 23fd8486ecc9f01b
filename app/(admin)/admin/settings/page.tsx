import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { PageHeader } from "@/components/page-header";
import { PausedNotice } from "@/components/paused-notice";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/mail/transport";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePermission("settings.manage", "/admin/settings");
  const settings = await getSettings();
  return (
    <div className="grid gap-6">
      <PageHeader title="Settings" description="Switches that apply to everyone, each change recorded in the audit log." />
      <Card className="max-w-xl p-6">
        <CardHeader className="p-0">
          <CardTitle>Invite requests and e-mail</CardTitle>
          <CardDescription>
            {mailConfigured() ? "Mail goes out over SMTP." : "E-mail is not configured (no SMTP_URL): mail is kept in the dev mailbox, not sent."}
          </CardDescription>
        </CardHeader>
        <ActionForm action={updateSettingsAction} submitLabel="Save" pendingLabel="Saving…" success="Saved." className="mt-4">
          <input type="hidden" name="section" value="mail" />
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="requestsEnabled" defaultChecked={settings.requestsEnabled} className="mt-1" />
            <span>
              Accept invite requests at <span className="font-mono">/request-invite</span>
              <span className="block text-xs text-muted-foreground">People confirm their address by e-mail; Admins and Editors approve or reject.</span>
            </span>
          </label>
          <Field
            name="mailsPerAddressPerDay"
            label="Mails per address per day"
            type="number"
            min={1}
            max={100}
            required
            defaultValue={settings.mailsPerAddressPerDay}
            hint="Invitations, resends, reminders and confirmations to one address in 24 hours."
          />
          <Field
            name="reminderDaysBeforeExpiry"
            label="Remind this many days before an e-mail invite expires"
            type="number"
            min={1}
            max={365}
            defaultValue={settings.reminderDaysBeforeExpiry ?? ""}
            hint="Leave empty for no reminders. A reminder carries a fresh code; the old one stops working."
          />
        </ActionForm>
      </Card>
      <Card className="max-w-xl p-6">
        <CardHeader className="p-0">
          <CardTitle>Pause redemptions</CardTitle>
          <CardDescription>While paused, no invite can be redeemed anywhere: invite pages, the redeem form, the API and single sign-on.</CardDescription>
        </CardHeader>
        {settings.redemptionsPaused ? <PausedNotice message={settings.pauseMessage} /> : null}
        <ActionForm action={updateSettingsAction} submitLabel="Save" pendingLabel="Saving…" success="Saved." className="mt-4">
          <input type="hidden" name="section" value="pause" />
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="redemptionsPaused" defaultChecked={settings.redemptionsPaused} className="mt-1" />
            <span>Pause every redemption</span>
          </label>
          <Field name="pauseMessage" label="Message shown while paused" maxLength={500} defaultValue={settings.pauseMessage ?? ""} hint="Optional: shown on invite pages and the dashboard." />
        </ActionForm>
      </Card>
      <Card className="max-w-xl p-6">
        <CardHeader className="p-0">
          <CardTitle>Member invites</CardTitle>
          <CardDescription>Let people invite others to a Member account from their own account page (/account/invites), within a quota.</CardDescription>
        </CardHeader>
        <ActionForm action={updateSettingsAction} submitLabel="Save" pendingLabel="Saving…" success="Saved." className="mt-4">
          <input type="hidden" name="section" value="memberInvites" />
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="memberInvitesForMembers" defaultChecked={settings.memberInvitesForMembers} className="mt-1" />
            <span>Members may invite</span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="memberInvitesForEditors" defaultChecked={settings.memberInvitesForEditors} className="mt-1" />
            <span>Editors may invite from their account page too</span>
          </label>
          <Field name="memberInviteQuota" label="Invites per person per 30 days" type="number" min={0} max={1000} required defaultValue={settings.memberInviteQuota} hint="An Admin can give one person another quota on their user page." />
          <Field name="memberInviteMinAccountDays" label="Minimum account age, in days" type="number" min={0} max={3650} required defaultValue={settings.memberInviteMinAccountDays} />
        </ActionForm>
      </Card>
      <Card className="max-w-xl p-6">
        <CardHeader className="p-0">
          <CardTitle>Single sign-on sign-up without an invite</CardTitle>
          <CardDescription>
            People whose provider-verified e-mail address is in one of these domains may sign up through single sign-on without an invite, as Members.
          </CardDescription>
        </CardHeader>
        <ActionForm action={updateSettingsAction} submitLabel="Save" pendingLabel="Saving…" success="Saved." className="mt-4">
          <input type="hidden" name="section" value="ssoSignup" />
          <Field
            name="ssoSignupDomains"
            label="Domains"
            defaultValue={settings.ssoSignupDomains.join(", ")}
            hint="example.com, or *.example.org for its subdomains; separate them with commas. Empty: nobody."
          />
        </ActionForm>
      </Card>
    </div>
  );
}
