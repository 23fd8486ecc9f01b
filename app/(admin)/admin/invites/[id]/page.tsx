import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { RoleBadge } from "@/components/role-badge";
import { StateBadge } from "@/components/state-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeUserAgent } from "@/lib/audit/user-agent";
import { recordDenial } from "@/lib/audit/record-denial";
import { can, decideInviteChange } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { getInvite } from "@/lib/invites/invite-queries";
import { ReadOnlyNote } from "@/components/read-only-note";
import { ActionForm } from "@/components/action-form";
import { DeliveryBadge } from "@/components/delivery-badge";
import { listInviteMails } from "@/lib/mail/invite-mails";
import { resendInviteAction } from "./actions";
import { InviteActions } from "./invite-actions";

export const metadata: Metadata = { title: "Invite" };

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[10rem_1fr] sm:gap-4">
      <dt className="text-sm text-muted-foreground">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

export default async function InvitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("invites.read", `/admin/invites/${id}`);
  const found = await getInvite(id, user);
  if (found.status === "missing") notFound();
  if (found.status === "hidden") {
    await recordDenial({ subject: user, ip: user.ip ?? null, what: `page /admin/invites/${id}`, permission: "invites.read", status: 403 });
    forbidden();
  }
  const { invite } = found;
  const facts = { role: invite.role, createdById: invite.createdBy?.id ?? null, revokedAt: invite.revokedAt, revokedById: invite.revokedBy?.id ?? null };
  const may = {
    revoke: decideInviteChange(user, facts, "revoke").allowed,
    unrevoke: decideInviteChange(user, facts, "unrevoke").allowed,
    extend: decideInviteChange(user, facts, "extend").allowed,
  };
  const changeable = may.revoke || may.unrevoke || may.extend;
  const deliveries = invite.boundEmail ? await listInviteMails(invite.id) : [];
  return (
    <div className="grid gap-6">
      <Link href="/admin/invites" className="inline-flex w-fit items-center gap-1 text-sm">
        <ArrowLeft className="size-4" aria-hidden /> All invites
      </Link>
      <div>
        <PageHeader
          title={
            <span className="flex flex-wrap items-center gap-3">
              <span>
                Invite <span className="font-mono">{invite.prefix}…</span>
              </span>
              <StateBadge state={invite.state} />
              {invite.bootstrap ? <Badge variant="outline">First-admin invite, not counted on the dashboard</Badge> : null}
            </span>
          }
          actions={changeable ? <InviteActions id={invite.id} revoked={invite.state === "revoked"} may={may} /> : null}
        />
        {!changeable && !can(user, "invites.manage") ? <ReadOnlyNote>Your role can see invites but not change them.</ReadOnlyNote> : null}
        <Card>
          <dl className="grid gap-3">
            <Detail term="Role it grants">
              <RoleBadge role={invite.role} />
            </Detail>
            <Detail term="Uses">
              {invite.uses} of {invite.maxUses}
            </Detail>
            <Detail term="Expires">
              <LocalTime value={invite.expiresAt} /> <span className="text-muted-foreground">(<LocalTime value={invite.expiresAt} relative />)</span>
            </Detail>
            <Detail term="Note">{invite.note ?? "—"}</Detail>
            <Detail term="Created">
              <LocalTime value={invite.createdAt} /> by {invite.createdBy ? `${invite.createdBy.name} (${invite.createdBy.email})` : "the system"}
            </Detail>
            <Detail term="Batch">
              {invite.batchId ? (
                <Link href={`/admin/invites?batchId=${invite.batchId}`} className="font-mono">
                  {invite.batchId.slice(0, 8)} — all invites of this batch
                </Link>
              ) : (
                "—"
              )}
            </Detail>
            {invite.boundEmail ? <Detail term="Only for">{invite.boundEmail}</Detail> : null}
            {invite.allowedDomains.length > 0 ? <Detail term="Only for domains">{invite.allowedDomains.join(", ")}</Detail> : null}
            {invite.needsApproval ? <Detail term="Approval">Accounts wait for an administrator&apos;s approval</Detail> : null}
            {invite.revokedAt ? (
              <Detail term="Revoked">
                <LocalTime value={invite.revokedAt} /> by {invite.revokedBy?.name ?? "the system"}
                {invite.revokeReason ? `: “${invite.revokeReason}”` : " (no reason given)"}
              </Detail>
            ) : null}
          </dl>
        </Card>
      </div>
      {invite.boundEmail ? (
        <section aria-labelledby="delivery-heading" className="grid gap-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="delivery-heading" className="text-lg font-semibold">
              Delivery
            </h2>
            {may.revoke && invite.state === "active" && invite.uses === 0 ? (
              <ActionForm action={resendInviteAction} submitLabel="Resend with a fresh code" pendingLabel="Resending…" size="sm" variant="outline" success="Sent again: the old code no longer works.">
                <input type="hidden" name="id" value={invite.id} />
              </ActionForm>
            ) : null}
          </div>
          {deliveries.length === 0 ? (
            <p className="text-sm text-muted-foreground">No mail for this invite.</p>
          ) : (
            <Table label="Delivery">
              <TableHeader>
                <TableRow>
                  <TableHead>To</TableHead>
                  <TableHead>State</TableHead>
                  <TableHead>Tries</TableHead>
                  <TableHead>Server reply</TableHead>
                  <TableHead>Queued</TableHead>
                  <TableHead>Sent</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {deliveries.map((mail) => (
                  <TableRow key={mail.id}>
                    <TableCell>{mail.toAddress}</TableCell>
                    <TableCell>
                      <DeliveryBadge status={mail.status} lastError={mail.lastError} />
                    </TableCell>
                    <TableCell>{mail.attempts}</TableCell>
                    <TableCell className="max-w-xs text-xs break-words">{mail.lastError ?? "—"}</TableCell>
                    <TableCell>
                      <LocalTime value={mail.createdAt} />
                    </TableCell>
                    <TableCell>{mail.sentAt ? <LocalTime value={mail.sentAt} /> : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      ) : null}
      <section aria-labelledby="used-by-heading" className="grid gap-3">
        <h2 id="used-by-heading" className="text-lg font-semibold">
          Used by
        </h2>
        {invite.redemptions.length === 0 ? (
          <Card className="items-center py-8 text-center text-sm text-muted-foreground">Nobody has used this invite yet.</Card>
        ) : (
          <Table label="Used by" data-testid="used-by">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Who</TableHead>
                <TableHead scope="col">When</TableHead>
                <TableHead scope="col">IP address</TableHead>
                <TableHead scope="col">Browser</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invite.redemptions.map((redemption) => (
                <TableRow key={redemption.id}>
                  <TableCell>
                    {can(user, "users.read") ? (
                      <Link href={`/admin/users?q=${encodeURIComponent(redemption.user.email)}`}>{redemption.user.name}</Link>
                    ) : (
                      redemption.user.name
                    )}{" "}
                    <span className="text-muted-foreground">{redemption.user.email}</span>
                  </TableCell>
                  <TableCell>
                    <LocalTime value={redemption.createdAt} relative />
                  </TableCell>
                  <TableCell>{redemption.ip ?? "—"}</TableCell>
                  <TableCell title={redemption.userAgent ?? undefined}>{describeUserAgent(redemption.userAgent) ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
