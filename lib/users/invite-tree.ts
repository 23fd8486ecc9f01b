import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

type TreeUser = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: Date; invitedById: string | null };

/** One account in the tree with everyone it brought in; `branchSize` counts every account below it. */
export type TreeNode = TreeUser & { children: TreeNode[]; branchSize: number; match: boolean };

/**
 * The ids of an account and of every account below it in the invite tree. UNION (not UNION ALL) drops ids
 * already seen, so the walk ends even if links ever formed a loop.
 */
export async function branchIds(rootId: string, client: Tx = db): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE branch(id) AS (
      SELECT id FROM users WHERE id = ${rootId}::uuid
      UNION
      SELECT u.id FROM users u JOIN branch b ON u.invited_by_id = b.id
    )
    SELECT id::text FROM branch`;
  return rows.map((row) => row.id);
}

const treeSelect = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true, invitedById: true } as const;

function build(users: TreeUser[], query: string): TreeNode[] {
  const nodes = new Map<string, TreeNode>(users.map((user) => [user.id, { ...user, children: [], branchSize: 0, match: false }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.invitedById ? nodes.get(node.invitedById) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const size = (node: TreeNode): number => (node.branchSize = node.children.reduce((sum, child) => sum + 1 + size(child), 0));
  roots.forEach(size);
  if (!query) return roots;
  // A search keeps the matching accounts and the path down to each, so a match is always seen in its place.
  const keep = (node: TreeNode): TreeNode | null => {
    node.match = node.email.includes(query) || node.name.toLowerCase().includes(query);
    const children = node.children.map(keep).filter((child): child is TreeNode => child !== null);
    return node.match || children.length > 0 ? { ...node, children } : null;
  };
  return roots.map(keep).filter((node): node is TreeNode => node !== null);
}

/**
 * The whole invite tree: accounts nobody invited (the first administrator, accounts from before the tree was
 * recorded) are its roots. With a query, only matching accounts and their ancestors remain; branch sizes stay
 * those of the full tree.
 */
export async function inviteTree(query = ""): Promise<TreeNode[]> {
  const users = await db.user.findMany({ select: treeSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return build(users, query.trim().toLowerCase());
}

export type InviteLinks = {
  inviter: { id: string; email: string; name: string } | null;
  invitees: { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: Date }[];
  branchSize: number;
};

/** Who invited an account and whom it invited, for the user's page. */
export async function inviteLinks(userId: string): Promise<InviteLinks> {
  const [user, invitees, branch] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { invitedBy: { select: { id: true, email: true, name: true } } } }),
    db.user.findMany({
      where: { invitedById: userId },
      select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    branchIds(userId),
  ]);
  return { inviter: user?.invitedBy ?? null, invitees, branchSize: Math.max(0, branch.length - 1) };
}

/** The account's own facts for its page. */
export async function findUserSummary(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true, memberInviteQuota: true, memberInvitesBlocked: true } });
}
