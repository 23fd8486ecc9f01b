import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getInvite } from "@/lib/invites/invite-queries";
import { LocalTime } from "@/components/local-time";
import { can, DASHBOARD_ROLES, INVITE_WRITERS, USER_READERS } from "@/lib/auth/dashboard-roles";
import { StateBadge } from "../../_components/state-badge";
import { InviteActions } from "./invite-actions";

export const metadata: Metadata = { title: "Invite" };

export default async function InvitePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole(DASHBOARD_ROLES, `/admin/invites/${id}`);
  const invite = await getInvite(id, user);
  if (!invite) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/admin/invites">← All invites</Link>
      </p>
      <div className="row">
        <h1>
          Invite <span className="code">{invite.prefix}…</span>
        </h1>
        <StateBadge state={invite.state} />
      </div>
      <dl className="card details">
        <dt>Role it grants</dt>
        <dd>{invite.role}</dd>
        <dt>Uses</dt>
        <dd>
          {invite.uses} of {invite.maxUses}
        </dd>
        <dt>Expires</dt>
        <dd>
          <LocalTime value={invite.expiresAt} withRelative />
        </dd>
        <dt>Note</dt>
        <dd>{invite.note ?? "—"}</dd>
        <dt>Created</dt>
        <dd>
          <LocalTime value={invite.createdAt} /> by {invite.createdBy ? `${invite.createdBy.name} (${invite.createdBy.email})` : "the system"}
        </dd>
        <dt>Batch</dt>
        <dd className="code">{invite.batchId ?? "—"}</dd>
        {invite.revokedAt ? (
          <>
            <dt>Revoked</dt>
            <dd>
              <LocalTime value={invite.revokedAt} /> by {invite.revokedBy?.name ?? "the system"}
              {invite.revokeReason ? `: “${invite.revokeReason}”` : " (no reason given)"}
            </dd>
          </>
        ) : null}
      </dl>
      {can(INVITE_WRITERS, user.role) ? <InviteActions id={invite.id} revoked={invite.state === "revoked"} expiresAt={invite.expiresAt.toISOString()} /> : null}
      <section aria-labelledby="used-by-heading" className="stack">
        <h2 id="used-by-heading">Used by</h2>
        {invite.redemptions.length === 0 ? (
          <p className="card empty">Nobody has used this invite yet.</p>
        ) : (
          <div className="table-scroll">
            <table data-testid="used-by">
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col">When</th>
                  <th scope="col">IP address</th>
                  <th scope="col">Browser</th>
                </tr>
              </thead>
              <tbody>
                {invite.redemptions.map((redemption) => (
                  <tr key={redemption.id}>
                    <td>
                      {can(USER_READERS, user.role) ? (
                        <Link href={`/admin/users?q=${encodeURIComponent(redemption.user.email)}`}>{redemption.user.name}</Link>
                      ) : (
                        redemption.user.name
                      )}{" "}
                      <span className="hint">{redemption.user.email}</span>
                    </td>
                    <td>
                      <LocalTime value={redemption.createdAt} withRelative />
                    </td>
                    <td>{redemption.ip ?? "—"}</td>
                    <td className="user-agent">{redemption.userAgent ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
