import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelect } from "@/components/filter-select";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { RoleBadge } from "@/components/role-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can, mayAssignRole, ROLES } from "@/lib/auth/policy";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";
import { filledParams } from "@/lib/validation/search-params";
import { listUsersSchema } from "@/lib/validation/users";
import { ReadOnlyNote } from "@/components/read-only-note";
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
  const resets = can(viewer, "password-resets.issue");
  const assignable = ROLES.filter((role) => mayAssignRole(viewer, role));
  const filtered = Boolean(params.q || params.role || params.status);
  return (
    <div>
      <PageHeader title="Users" description="Everyone with an account, newest first." actions={<Link href="/admin/users/tree">Invite tree</Link>} />
      {!manages ? <ReadOnlyNote>Your role can list users but not change them.</ReadOnlyNote> : null}
      <form method="get" className="mb-4 grid grid-cols-2 items-end gap-3 sm:grid-cols-[minmax(12rem,2fr)_1fr_1fr_auto]" role="search" aria-label="Find users">
        <div className="col-span-2 grid gap-1.5 sm:col-span-1">
          <Label htmlFor="users-q">Search</Label>
          <Input id="users-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="E-mail or name" />
        </div>
        <FilterSelect id="users-role" name="role" label="Role" any="Any role" options={ROLES.map((role) => [role, ROLE_LABEL[role]] as const)} defaultValue={query.role} />
        <FilterSelect
          id="users-status"
          name="status"
          label="Status"
          any="Any status"
          options={[
            ["enabled", "Enabled"],
            ["disabled", "Disabled"],
          ]}
          defaultValue={query.status}
        />
        <div className="col-span-2 flex items-center gap-3 sm:col-span-1">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered ? <Link href="/admin/users">Clear filters</Link> : null}
        </div>
      </form>
      {users.length === 0 ? (
        <Card className="items-center py-10 text-center" role="status">
          <p>{filtered ? "No users match these filters." : "There are no users yet."}</p>
        </Card>
      ) : (
        <Table label="Users">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Name</TableHead>
              <TableHead scope="col">E-mail</TableHead>
              <TableHead scope="col">Role</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col">Joined</TableHead>
              <TableHead scope="col" className="text-right">
                Invites created
              </TableHead>
              {manages || resets ? (
                <TableHead scope="col" className="text-right">
                  Manage
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id} data-email={user.email}>
                <TableCell className="font-medium">
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                  {user.id === viewer.id ? (
                    <Badge variant="secondary" className="ml-2">
                      You
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell>{user.email}</TableCell>
                <TableCell data-testid="user-role">
                  <RoleBadge role={user.role} />
                </TableCell>
                <TableCell>{user.disabled ? <Badge variant="destructive">Disabled</Badge> : <Badge variant="success">Enabled</Badge>}</TableCell>
                <TableCell>
                  <LocalTime value={user.createdAt} relative />
                </TableCell>
                <TableCell className="text-right tabular-nums">{user.invitesCreated}</TableCell>
                {manages || resets ? (
                  <TableCell>
                    <div className="flex items-center justify-end gap-1">
                      {manages && user.id !== viewer.id ? <UserControls user={user} roles={assignable} /> : null}
                      {resets ? (
                        <Button asChild variant="ghost" size="sm">
                          <Link href={`/admin/users/${user.id}/reset`}>
                            <KeyRound aria-hidden /> Reset link<span className="sr-only"> for {user.email}</span>
                          </Link>
                        </Button>
                      ) : null}
                    </div>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager path="/admin/users" params={params} nextCursor={nextCursor} shown={users.length} pageSize={query.limit} noun="users" />
    </div>
  );
}
