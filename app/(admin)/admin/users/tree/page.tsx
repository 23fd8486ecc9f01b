import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { RoleBadge } from "@/components/role-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { requirePermission } from "@/lib/auth/session";
import { inviteTree, type TreeNode } from "@/lib/users/invite-tree";
import { filledParams } from "@/lib/validation/search-params";
import { inviteTreeQuerySchema } from "@/lib/validation/users";

export const metadata: Metadata = { title: "Invite tree" };

/** One account and, folded under it, everyone it brought in; open while searching so matches are visible. */
function Branch({ node, open }: { node: TreeNode; open: boolean }) {
  const label = (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Link href={`/admin/users/${node.id}`} className={node.match ? "font-semibold underline" : undefined}>
        {node.name}
      </Link>
      <span className="text-muted-foreground">{node.email}</span>
      <RoleBadge role={node.role} />
      {node.disabled ? <Badge variant="destructive">Disabled</Badge> : null}
      {node.branchSize > 0 ? (
        <Badge variant="secondary" data-testid="branch-size">
          {node.branchSize} below
        </Badge>
      ) : null}
    </span>
  );
  if (node.children.length === 0) return <li className="py-1 pl-5">{label}</li>;
  return (
    <li className="py-1">
      <details open={open}>
        <summary className="cursor-pointer">{label}</summary>
        <ul className="ml-4 border-l pl-3">
          {node.children.map((child) => (
            <Branch key={child.id} node={child} open={open} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export default async function InviteTreePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("users.read", "/admin/users/tree");
  const { q } = inviteTreeQuerySchema.parse(filledParams(await searchParams));
  const roots = await inviteTree(q ?? "");
  return (
    <div>
      <PageHeader title="Invite tree" description="Who brought in whom: each account under the creator of the invite it came in by." />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Find in the invite tree">
        <div className="grid gap-1.5">
          <Label htmlFor="tree-q">Search</Label>
          <Input id="tree-q" name="q" type="search" defaultValue={q ?? ""} placeholder="E-mail or name" />
        </div>
        <Button type="submit" variant="secondary">
          Find
        </Button>
        {q ? <Link href="/admin/users/tree">Show everyone</Link> : null}
      </form>
      {roots.length === 0 ? (
        <Card className="items-center py-10 text-center" role="status">
          <p>{q ? "Nobody matches this search." : "There are no accounts yet."}</p>
        </Card>
      ) : (
        <Card>
          <ul className="text-sm" data-testid="invite-tree">
            {roots.map((root) => (
              <Branch key={root.id} node={root} open={Boolean(q) || roots.length === 1} />
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
