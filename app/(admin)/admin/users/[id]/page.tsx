import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { RoleBadge } from "@/components/role-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { findUserSummary, inviteLinks } from "@/lib/users/invite-tree";
import { idSchema } from "@/lib/validation/fields";
import { DisableBranchForm } from "../disable-branch-form";
import { MemberInvitesForm } from "../member-invites-form";

export const metadata: Metadata = { title: "User" };

/** One account: who invited it, whom it invited, and (for user managers) "disable branch". */
export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePermission("users.read", `/admin/users/${id}`);
  if (!idSchema.safeParse(id).success) notFound();
  const [user, links] = await Promise.all([findUserSummary(id), inviteLinks(id)]);
  if (!user) notFound();
  return (
    <div className="grid max-w-3xl grid-cols-1 gap-6">
      <PageHeader title={user.name} description={user.email} actions={<Link href={`/admin/users/tree?q=${encodeURIComponent(user.email)}`}>Show in the invite tree</Link>} />
      <Card>
        <dl className="grid gap-3 text-sm wrap-anywhere sm:grid-cols-[10rem_1fr]">
          <dt className="text-muted-foreground">Role</dt>
          <dd>
            <RoleBadge role={user.role} />
          </dd>
          <dt className="text-muted-foreground">Status</dt>
          <dd>{user.disabled ? <Badge variant="destructive">Disabled</Badge> : <Badge variant="success">Enabled</Badge>}</dd>
          <dt className="text-muted-foreground">Joined</dt>
          <dd>
            <LocalTime value={user.createdAt} />
          </dd>
          <dt className="text-muted-foreground">Invited by</dt>
          <dd data-testid="inviter">
            {links.inviter ? <Link href={`/admin/users/${links.inviter.id}`}>{`${links.inviter.name} (${links.inviter.email})`}</Link> : "Nobody recorded"}
          </dd>
          <dt className="text-muted-foreground">Accounts below it</dt>
          <dd>{links.branchSize}</dd>
        </dl>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Invited by {user.name}</CardTitle>
          <CardDescription>Accounts made with invites this person created.</CardDescription>
        </CardHeader>
        {links.invitees.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nobody yet.</p>
        ) : (
          <ul className="grid gap-1 text-sm wrap-anywhere" data-testid="invitees">
            {links.invitees.map((invitee) => (
              <li key={invitee.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/users/${invitee.id}`}>{invitee.name}</Link>
                <span className="text-muted-foreground">{invitee.email}</span>
                <RoleBadge role={invitee.role} />
                {invitee.disabled ? <Badge variant="destructive">Disabled</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {can(viewer, "users.manage") && can(user, "member-invites.create") ? (
        <Card>
          <CardHeader>
            <CardTitle>Invites from their account</CardTitle>
            <CardDescription>Their own quota of Member invites per 30 days, or none at all.</CardDescription>
          </CardHeader>
          <MemberInvitesForm user={user} />
        </Card>
      ) : null}
      {can(viewer, "users.manage") && user.id !== viewer.id ? (
        <Card>
          <CardHeader>
            <CardTitle>Disable branch</CardTitle>
            <CardDescription>For abuse tracing: disable this account, and if you choose, everyone who came in below it.</CardDescription>
          </CardHeader>
          <DisableBranchForm user={user} branchSize={links.branchSize} />
        </Card>
      ) : null}
    </div>
  );
}
