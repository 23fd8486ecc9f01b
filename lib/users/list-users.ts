import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import { listUsersSchema, type ListUsersInput } from "@/lib/validation/users";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
  _count: { select: { redemptions: true, invitesCreated: true } },
} satisfies Prisma.UserSelect;

/** Users newest first, searched by e-mail or name, filtered by role and status, with keyset pagination. */
export async function listUsers(input: ListUsersInput) {
  const query = listUsersSchema.parse(input);
  const and: Prisma.UserWhereInput[] = [];
  if (query.q) {
    and.push({ OR: [{ email: { contains: query.q.toLowerCase() } }, { name: { contains: query.q, mode: "insensitive" } }] });
  }
  if (query.role) and.push({ role: query.role });
  if (query.status) and.push({ disabled: query.status === "disabled" });
  const cursor = decodeCursor(query.cursor);
  if (cursor) and.push(afterCursor(cursor, "createdAt", "desc"));
  const rows = await db.user.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: userSelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    users: page.map(({ _count, ...user }) => ({ ...user, redemptions: _count.redemptions, invitesCreated: _count.invitesCreated })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
