import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can, grantableRoles } from "@/lib/auth/policy";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import { requirePermission } from "@/lib/auth/session";
import { listInviteRequests } from "@/lib/requests/invite-requests";
import { listPendingUsers } from "@/lib/users/pending-users";
import { listRequestsSchema, REQUEST_STATUSES } from "@/lib/validation/requests";
import { approveAccountAction, rejectAccountAction } from "./actions";
import { RequestQueue } from "./request-queue";

export const metadata: Metadata = { title: "Requests" };

const TAB_LABEL = { PENDING: "Pending", APPROVED: "Approved", REJECTED: "Rejected", UNCONFIRMED: "Unconfirmed" } as const;

export default async function RequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("requests.read", "/admin/requests");
  const parsed = listRequestsSchema.safeParse(await searchParams);
  const status = parsed.success ? parsed.data.status : "PENDING";
  const [requests, pendingUsers] = await Promise.all([listInviteRequests(status), can(user, "users.approve") ? listPendingUsers() : Promise.resolve([])]);
  return (
    <div className="grid gap-6">
      <PageHeader title="Requests" description="People who asked for an invite and confirmed their address; and accounts waiting for approval." />
      <nav aria-label="Request status" className="flex flex-wrap gap-2">
        {REQUEST_STATUSES.map((tab) => (
          <Link
            key={tab}
            href={`/admin/requests?status=${tab}`}
            aria-current={tab === status ? "page" : undefined}
            className={`rounded-md border px-3 py-1 text-sm ${tab === status ? "bg-primary text-primary-foreground" : ""}`}
          >
            {TAB_LABEL[tab]}
          </Link>
        ))}
      </nav>
      {requests.length === 0 ? (
        <p className="text-sm text-muted-foreground">No {TAB_LABEL[status].toLowerCase()} requests.</p>
      ) : status === "PENDING" ? (
        <RequestQueue requests={requests} roles={[...grantableRoles(user)]} canDecide={can(user, "requests.manage")} />
      ) : (
        <Table label={`${TAB_LABEL[status]} requests`}>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>E-mail</TableHead>
              <TableHead>Asked</TableHead>
              <TableHead>Decided</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((request) => (
              <TableRow key={request.id}>
                <TableCell>{request.name}</TableCell>
                <TableCell>{request.email}</TableCell>
                <TableCell>
                  <LocalTime value={request.createdAt} />
                </TableCell>
                <TableCell>
                  {request.decidedAt ? <LocalTime value={request.decidedAt} /> : "—"} {request.decidedBy ? `by ${request.decidedBy}` : ""}
                  {request.decisionMessage ? <div className="text-xs text-muted-foreground">{request.decisionMessage}</div> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {can(user, "users.approve") ? (
        <section className="grid gap-2" aria-labelledby="pending-accounts">
          <h2 id="pending-accounts" className="text-lg font-semibold">
            Accounts waiting for approval
          </h2>
          {pendingUsers.length === 0 ? (
            <p className="text-sm text-muted-foreground">None.</p>
          ) : (
            <Table label="Accounts waiting for approval">
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>E-mail</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {pendingUsers.map((pending) => (
                  <TableRow key={pending.id}>
                    <TableCell>{pending.name}</TableCell>
                    <TableCell>{pending.email}</TableCell>
                    <TableCell>{ROLE_LABEL[pending.role as keyof typeof ROLE_LABEL]}</TableCell>
                    <TableCell>
                      <LocalTime value={pending.createdAt} />
                    </TableCell>
                    <TableCell className="flex gap-2">
                      <ActionForm
                        action={approveAccountAction}
                        submitLabel="Approve"
                        pendingLabel="Approving…"
                        size="sm"
                        success={`${pending.name} can sign in now and gets an e-mail saying so.`}
                        announce="toast"
                      >
                        <input type="hidden" name="id" value={pending.id} />
                      </ActionForm>
                      <ActionForm
                        action={rejectAccountAction}
                        submitLabel="Reject"
                        pendingLabel="Rejecting…"
                        size="sm"
                        variant="destructive"
                        success={`${pending.name}'s account is refused and stays disabled.`}
                        announce="toast"
                      >
                        <input type="hidden" name="id" value={pending.id} />
                      </ActionForm>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      ) : null}
    </div>
  );
}
