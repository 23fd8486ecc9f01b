import type { Metadata } from "next";
import Link from "next/link";
import { can, reachOf, ROLES } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { listInvites } from "@/lib/invites/invite-queries";
import { INVITE_SORTS, INVITE_STATES, listInvitesSchema } from "@/lib/validation/invites";
import { filledParams } from "@/lib/validation/search-params";
import { LocalTime } from "@/components/local-time";
import { FilterSelect } from "../_components/filter-select";
import { Pager } from "../_components/pager";
import { StateBadge } from "../_components/state-badge";

export const metadata: Metadata = { title: "Invites" };

/** The list's filters as the export's query: the CSV holds exactly what the list shows, on every page. */
function exportQuery(query: { state?: string; role?: string; q?: string; sort?: string }): string {
  const entries = Object.entries({ state: query.state, role: query.role, q: query.q, sort: query.sort });
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvitesPage({ searchParams }: Props) {
  const user = await requirePermission("invites.read", "/admin/invites");
  const params = filledParams(await searchParams);
  const parsed = listInvitesSchema.safeParse(params);
  const query = parsed.success ? parsed.data : listInvitesSchema.parse({});
  const { invites, nextCursor } = await listInvites(query, user);
  const filtered = Boolean(params.q || params.state || params.role);
  return (
    <div className="stack">
      <div className="row spread">
        <h1>Invites</h1>
        <div className="row">
          {can(user, "exports.read") ? (
            <a className="button secondary" href={`/api/exports/invites?${exportQuery(query)}`} download>
              Export CSV
            </a>
          ) : null}
          {can(user, "invites.create") ? (
            <Link className="button" href="/admin/invites/new">
              Create invites
            </Link>
          ) : null}
        </div>
      </div>
      {reachOf(user, "invites.read")?.all === false ? <p className="hint">You see the invites you created.</p> : null}
      {!parsed.success ? <p className="alert warning" role="status">Some filters in the address were not understood and are ignored.</p> : null}
      <form method="get" className="card filters" role="search" aria-label="Filter invites">
        <div className="field">
          <label htmlFor="filter-q">Search</label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Note, code prefix or creator" />
        </div>
        <FilterSelect id="filter-state" name="state" label="State" any="Any state" options={INVITE_STATES} defaultValue={query.state} />
        <FilterSelect id="filter-role" name="role" label="Role" any="Any role" options={ROLES} defaultValue={query.role} />
        <FilterSelect id="filter-sort" name="sort" label="Sort" options={Object.entries(INVITE_SORTS)} defaultValue={query.sort} />
        <div className="row">
          <button type="submit">Apply</button>
          {filtered ? <Link href="/admin/invites">Clear filters</Link> : null}
        </div>
      </form>
      {invites.length === 0 ? (
        <div className="card empty" role="status">
          <p>{filtered ? "No invites match these filters." : "There are no invites yet."}</p>
          {can(user, "invites.create") ? <Link href="/admin/invites/new">Create invites</Link> : null}
        </div>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Invites</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Role</th>
                <th scope="col">Uses</th>
                <th scope="col">State</th>
                <th scope="col">Expires</th>
                <th scope="col">Note</th>
                <th scope="col">Creator</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => (
                <tr key={invite.id}>
                  <td>
                    <Link className="code" href={`/admin/invites/${invite.id}`}>
                      {invite.prefix}…<span className="visually-hidden"> details</span>
                    </Link>
                  </td>
                  <td>{invite.role}</td>
                  <td>
                    {invite.uses} / {invite.maxUses}
                  </td>
                  <td>
                    <StateBadge state={invite.state} />
                  </td>
                  <td>
                    <LocalTime value={invite.expiresAt} withRelative />
                  </td>
                  <td>{invite.note ?? <span className="hint">—</span>}</td>
                  <td>{invite.createdBy?.name ?? <span className="hint">system</span>}</td>
                  <td>
                    <LocalTime value={invite.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager path="/admin/invites" params={params} nextCursor={nextCursor} />
    </div>
  );
}
