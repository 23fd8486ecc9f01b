import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { recordDenial } from "@/lib/audit/record-denial";
import { can, decideInviteChange } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { getInvite } from "@/lib/invites/invite-queries";
import { LocalTime } from "@/components/local-time";
import { StateBadge } from "../../_components/state-badge";
import { InviteActions } from "./invite-actions";

export const metadata: Metadata = { title: "Invite" };

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
      {may.revoke || may.unrevoke || may.extend ? (
        <InviteActions id={invite.id} revoked={invite.state === "revoked"} expiresAt={invite.expiresAt.toISOString()} may={may} />
      ) : null}
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
                      {can(user, "users.read") ? (
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
