import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { grantableRoles } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/mail/transport";
import { EmailInvitesForm } from "./email-invites-form";

export const metadata: Metadata = { title: "Invite by e-mail" };

export default async function EmailInvitesPage() {
  const user = await requirePermission("invites.create", "/admin/invites/email");
  return (
    <div className="grid gap-4">
      <PageHeader title="Invite by e-mail" description="Each address receives its own invite link and code by e-mail; the code is never shown here." />
      {mailConfigured() ? null : (
        <Alert variant="warning">
          <AlertDescription>E-mail is not configured (no SMTP_URL): invitations go to the dev mailbox, where Admins can read them. They are not sent.</AlertDescription>
        </Alert>
      )}
      <EmailInvitesForm roles={[...grantableRoles(user)]} />
    </div>
  );
}
