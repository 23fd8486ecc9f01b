import type { Metadata } from "next";
import Link from "next/link";
import { can, mayAssignRole, ROLES } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";
import { filledParams } from "@/lib/validation/search-params";
import { listUsersSchema } from "@/lib/validation/users";
import { LocalTime } from "@/components/local-time";
import { FilterSelect } from "../_components/filter-select";
import { Pager } from "../_components/pager";
import { UserControls } from "./user-controls";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requirePermission("users.read", "/admin/users");
  const params = filledParams(await searchParams);
  const parsed = listUsersSchema.safeParse(params);
  const query = parsed.success ? parsed.data : listUsersSchema.parse({});
  const { users, nextCursor } = await listUsers(query);
  const manages = can(viewer, "users.manage");
  const assignable = ROLES.filter((role) => mayAssignRole(viewer, role));
  const filtered = Boolean(params.q || params.role || params.status);
  return (
    <div className="stack">
      <h1>Users</h1>
      {!manages ? <p className="hint">Read-only: your role can list users but not change them.</p> : null}
      <form method="get" className="card filters" role="search" aria-label="Find users">
        <div className="field">
          <label htmlFor="users-q">Search</label>
          <input id="users-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="E-mail or name" />
        </div>
        <FilterSelect id="users-role" name="role" label="Role" any="Any role" options={ROLES} defaultValue={query.role} />
        <FilterSelect
          id="users-status"
          name="status"
          label="Status"
          any="Any status"
          options={[["enabled", "Enabled"], ["disabled", "Disabled"]]}
          defaultValue={query.status}
        />
        <div className="row">
          <button type="submit">Apply</button>
          {filtered ? <Link href="/admin/users">Clear filters</Link> : null}
        </div>
      </form>
      {users.length === 0 ? (
        <p className="card empty" role="status">
          {filtered ? "No users match these filters." : "There are no users yet."}
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Joined</th>
                <th scope="col">Invites created</th>
                {manages ? <th scope="col">Manage</th> : null}
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} data-email={user.email}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{user.role}</td>
                  <td>{user.disabled ? <span className="badge revoked">disabled</span> : <span className="badge active">enabled</span>}</td>
                  <td>
                    <LocalTime value={user.createdAt} />
                  </td>
                  <td>{user.invitesCreated}</td>
                  {manages ? (
                    <td>
                      {user.id === viewer.id ? <span className="hint">This is you</span> : <UserControls user={user} roles={assignable} />}
                      {can(viewer, "password-resets.issue") ? (
                        <Link href={`/admin/users/${user.id}/reset`} aria-label={`Password reset link for ${user.email}`}>
                          Password reset link
                        </Link>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager path="/admin/users" params={params} nextCursor={nextCursor} />
    </div>
  );
}
