import Link from "next/link";
import { can, type Subject } from "@/lib/auth/policy";
import { countDeadJobs } from "@/lib/jobs/dead-jobs";
import { mailConfigured } from "@/lib/mail/transport";
import { countPendingRequests } from "@/lib/requests/invite-requests";
import { countPendingUsers } from "@/lib/users/pending-users";
import { listAutoDisabledEndpoints } from "@/lib/webhooks/manage-endpoints";
import { Alert, AlertDescription } from "./ui/alert";

/** What needs someone's attention, each line only for those who may act on it. */
export async function DashboardNotices({ user }: { user: NonNullable<Subject> }) {
  const [requests, accounts, disabled, deadJobs] = await Promise.all([
    can(user, "requests.read") ? countPendingRequests() : 0,
    can(user, "users.approve") ? countPendingUsers() : 0,
    can(user, "webhooks.manage") ? listAutoDisabledEndpoints() : [],
    can(user, "jobs.manage") ? countDeadJobs() : 0,
  ]);
  const notices = [
    !mailConfigured() && can(user, "mailbox.read") ? (
      <>
        E-mail is not configured (no SMTP_URL): mail is kept in the <Link href="/admin/mailbox">dev mailbox</Link>, not sent.
      </>
    ) : null,
    requests > 0 ? (
      <>
        <Link href="/admin/requests">{requests} invite request{requests === 1 ? "" : "s"}</Link> waiting for a decision.
      </>
    ) : null,
    accounts > 0 ? (
      <>
        <Link href="/admin/requests#pending-accounts">{accounts} account{accounts === 1 ? "" : "s"}</Link> waiting for approval.
      </>
    ) : null,
    ...disabled.map((endpoint) => (
      <>
        Webhook endpoint <Link href={`/admin/webhooks/${endpoint.id}`}>{endpoint.url}</Link> was disabled: {endpoint.disabledReason}
      </>
    )),
    deadJobs > 0 ? (
      <>
        <Link href="/admin/jobs">{deadJobs} job{deadJobs === 1 ? "" : "s"}</Link> failed for good and can be retried.
      </>
    ) : null,
  ].filter(Boolean);
  if (notices.length === 0) return null;
  return (
    <Alert variant="warning" data-testid="dashboard-notices">
      <AlertDescription>
        <ul className="grid gap-1 [&_a]:underline">
          {notices.map((notice, index) => (
            <li key={index}>{notice}</li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
