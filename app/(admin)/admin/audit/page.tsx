import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEventsSchema } from "@/lib/validation/audit";
import { filledParams } from "@/lib/validation/search-params";
import { LocalTime } from "@/components/local-time";
import { FilterSelect } from "../_components/filter-select";
import { Pager } from "../_components/pager";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Actions whose target is one invite (invite.create targets a whole batch).
const INVITE_TARGETS = new Set(["invite.revoke", "invite.unrevoke", "invite.extend", "invite.redeem", "invite.redeem_failed", "invite.bootstrap"]);

function detailText(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  return Object.entries(detail)
    .filter(([, value]) => value !== null && value !== "")
    .map(([key, value]) => `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(" · ");
}

export default async function AuditPage({ searchParams }: Props) {
  await requirePermission("audit.read", "/admin/audit");
  const params = filledParams(await searchParams);
  const parsed = listAuditEventsSchema.safeParse(params);
  const query = parsed.success ? parsed.data : listAuditEventsSchema.parse({});
  const { events, nextCursor } = await listAuditEvents(query);
  const filtered = Boolean(params.actor || params.action || params.from || params.to);
  return (
    <div className="stack">
      <h1>Audit log</h1>
      {!parsed.success ? <p className="alert warning" role="status">Some filters were not understood and are ignored: {parsed.error.issues[0]?.message}</p> : null}
      <form method="get" className="card filters" role="search" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="audit-actor">Actor</label>
          <input id="audit-actor" name="actor" type="search" defaultValue={query.actor ?? ""} placeholder="E-mail or name" />
        </div>
        <FilterSelect id="audit-action" name="action" label="Action" any="Any action" options={AUDIT_ACTIONS} defaultValue={query.action} />
        <div className="field">
          <label htmlFor="audit-from">From (UTC day)</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To (UTC day, inclusive)</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <div className="row">
          <button type="submit">Apply</button>
          {filtered ? <Link href="/admin/audit">Clear filters</Link> : null}
        </div>
      </form>
      {events.length === 0 ? (
        <p className="card empty" role="status">
          {filtered ? "No events match these filters." : "Nothing has been recorded yet."}
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Actor</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Detail</th>
                <th scope="col">IP address</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>
                    <LocalTime value={event.createdAt} />
                  </td>
                  <td>{event.actor ? `${event.actor.name} (${event.actor.email})` : <span className="hint">anonymous or system</span>}</td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td className="code small">
                    {event.target && INVITE_TARGETS.has(event.action) ? <Link href={`/admin/invites/${event.target}`}>{event.target}</Link> : event.target ?? "—"}
                  </td>
                  <td className="detail">{detailText(event.detail)}</td>
                  <td>{event.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager path="/admin/audit" params={params} nextCursor={nextCursor} />
    </div>
  );
}
