import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, keysetPage } from "@/lib/pagination/keyset-cursor";
import { addCalendarDays, startOfDay } from "@/lib/time-zone/calendar";
import { likeLiteral } from "@/lib/validation/search";
import { listAuditEventsSchema, type ListAuditEventsInput } from "@/lib/validation/audit";

/**
 * The audit log newest first, filtered by actor (e-mail or name), action and days (`to` inclusive) in the
 * viewer's time zone, with keyset pagination on (created_at, id) so any page costs the same.
 */
export async function listAuditEvents(input: ListAuditEventsInput, options: { tz?: string } = {}) {
  const tz = options.tz ?? "UTC";
  const query = listAuditEventsSchema.parse(input);
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.actor) {
    const actor = likeLiteral(query.actor);
    and.push({ actor: { OR: [{ email: { contains: actor.toLowerCase() } }, { name: { contains: actor, mode: "insensitive" } }] } });
  }
  if (query.action) and.push({ action: query.action });
  if (query.from) and.push({ createdAt: { gte: startOfDay(query.from, tz) } });
  if (query.to) and.push({ createdAt: { lt: addCalendarDays(startOfDay(query.to, tz), 1, tz) } });
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  if (after) and.push(afterCursor(after, "createdAt", "desc"));
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
  const { page, nextCursor } = keysetPage(rows, { limit: query.limit, key: (event) => event.createdAt, direction: "desc", after });
  return { events: page, nextCursor };
}
