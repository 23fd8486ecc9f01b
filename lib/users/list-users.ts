import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, keysetPage } from "@/lib/pagination/keyset-cursor";
import { likeLiteral } from "@/lib/validation/search";
import { listUsersSchema, type ListUsersInput } from "@/lib/validation/users";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

/**
 * How many invites each user of a page redeemed and created. Counted for the page's ids only: Prisma's
 * `_count` in the list's select joins an aggregate of the whole redemptions and invites tables to every request
 * (about a second with a million users).
 */
async function countsFor(ids: string[]) {
  const [redeemed, created] = await Promise.all([
    db.redemption.groupBy({ by: ["userId"], where: { userId: { in: ids } }, _count: { _all: true } }),
    db.invite.groupBy({ by: ["createdById"], where: { createdById: { in: ids } }, _count: { _all: true } }),
  ]);
  return {
    redemptions: new Map(redeemed.map((row) => [row.userId, row._count._all])),
    invitesCreated: new Map(created.map((row) => [row.createdById, row._count._all])),
  };
}

/** Users newest first, searched by e-mail or name, filtered by role and status, with keyset pagination. */
export async function listUsers(input: ListUsersInput) {
  const query = listUsersSchema.parse(input);
  const and: Prisma.UserWhereInput[] = [];
  if (query.q) {
    const q = likeLiteral(query.q);
    and.push({ OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q, mode: "insensitive" } }] });
  }
  if (query.role) and.push({ role: query.role });
  if (query.status) and.push({ disabled: query.status === "disabled" });
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (after) and.push(afterCursor(after, "createdAt", "desc"));
  const rows = await db.user.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: userSelect,
  });
  const { page, nextCursor } = keysetPage(rows, { limit: query.limit, key: (user) => user.createdAt, direction: "desc", after });
  const counts = await countsFor(page.map((user) => user.id));
  return {
    users: page.map((user) => ({ ...user, redemptions: counts.redemptions.get(user.id) ?? 0, invitesCreated: counts.invitesCreated.get(user.id) ?? 0 })),
    nextCursor,
  };
}
