import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, keysetPages } from "@/lib/pagination/keyset-cursor";
import type { ExportAuditFilter } from "@/lib/validation/exports";
import { EXPORT_PAGE_SIZE } from "./csv";
import type { CsvPages } from "./csv-response";

export const AUDIT_COLUMNS = ["time", "action", "actor_email", "target", "ip", "detail"] as const;

/** The audit log newest first (its (created_at, id) index order), one keyset page at a time. */
export async function* exportAudit(filter: ExportAuditFilter): CsvPages {
  const where: Prisma.AuditEventWhereInput = {
    createdAt: { gte: filter.from ? new Date(filter.from) : undefined, lt: filter.to ? new Date(filter.to) : undefined },
    action: filter.action,
    actorId: filter.actorId,
  };
  const pages = keysetPages(
    (after, take) =>
      db.auditEvent.findMany({
        where: { AND: [where, ...(after ? [afterCursor(after, "createdAt", "desc")] : [])] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: { id: true, createdAt: true, action: true, target: true, ip: true, detail: true, actor: { select: { email: true } } },
      }),
    { pageSize: EXPORT_PAGE_SIZE, key: (event) => event.createdAt, direction: "desc" },
  );
  for await (const page of pages) {
    yield page.map((event) => [event.createdAt, event.action, event.actor?.email, event.target, event.ip, JSON.stringify(event.detail)]);
  }
}
