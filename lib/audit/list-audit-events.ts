import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import { listAuditEventsSchema, type ListAuditEventsInput } from "@/lib/validation/audit";

const DAY = 86_400_000;

/**
 * The audit log newest first, filtered by actor (e-mail or name), action and UTC days (`to` inclusive), with
 * keyset pagination on (created_at, id) so any page costs the same.
 */
export async function listAuditEvents(input: ListAuditEventsInput) {
  const query = listAuditEventsSchema.parse(input);
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.actor) {
    and.push({
      actor: { OR: [{ email: { contains: query.actor.toLowerCase() } }, { name: { contains: query.actor, mode: "insensitive" } }] },
    });
  }
  if (query.action) and.push({ action: query.action });
  if (query.from) and.push({ createdAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) and.push({ createdAt: { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY) } });
  const cursor = decodeCursor(query.cursor);
  if (cursor) and.push(afterCursor(cursor, "createdAt", "desc"));
  const rows = await db.auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      action: true,
      target: true,
      detail: true,
      ip: true,
      createdAt: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { events: page, nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}
