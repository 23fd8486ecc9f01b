import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { StateBadge } from "@/components/state-badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { inviteState } from "@/lib/invites/invite-state";
import { listMemberInvites, memberInviteAllowance, QUOTA_WINDOW_DAYS } from "@/lib/invites/member-invites";
import { CreateMemberInvite } from "./create-member-invite";
import { RevokeMemberInvite } from "./revoke-member-invite";

export const metadata: Metadata = { title: "Your invites" };

/** Members (and editors) invite people from their own account, within their quota, when an Admin opened it. */
export default async function MemberInvitesPage() {
  const user = await requirePermission("member-invites.create", "/account/invites");
  const [allowance, invites] = await Promise.all([memberInviteAllowance(user.id), listMemberInvites(user.id)]);
  const at = now();
  return (
    <div className="grid max-w-3xl gap-6">
      <PageHeader title="Your invites" description={`Invite people to a Member account: up to ${allowance.quota} per ${QUOTA_WINDOW_DAYS} days.`} />
      <Card>
        <CardHeader>
          <CardTitle>Invite someone</CardTitle>
          <CardDescription data-testid="member-invite-allowance">
            {allowance.used} of {allowance.quota} used in the last {QUOTA_WINDOW_DAYS} days; {allowance.remaining} left.
          </CardDescription>
        </CardHeader>
        {allowance.allowed ? <CreateMemberInvite origin={env().NEXTAUTH_URL} /> : <p className="text-sm">{allowance.reason}</p>}
      </Card>
      {invites.length > 0 ? (
        <Table label="Your invites">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Invite</TableHead>
              <TableHead scope="col">State</TableHead>
              <TableHead scope="col">Created</TableHead>
              <TableHead scope="col">Expires</TableHead>
              <TableHead scope="col">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invites.map((invite) => {
              const state = inviteState(invite, at);
              return (
                <TableRow key={invite.id}>
                  <TableCell className="font-mono">{invite.prefix}…</TableCell>
                  <TableCell>
                    <StateBadge state={state} />
                  </TableCell>
                  <TableCell>
                    <LocalTime value={invite.createdAt} relative />
                  </TableCell>
                  <TableCell>
                    <LocalTime value={invite.expiresAt} relative />
                  </TableCell>
                  <TableCell className="text-right">
                    {state === "active" ? <RevokeMemberInvite id={invite.id} prefix={invite.prefix} /> : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </div>
  );
}
