import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const keyset: Prisma.AuditEventWhereInput[] = after
      ? [{ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }]
      : [];
    const page = await db.auditEvent.findMany({
      where: { AND: [where, ...keyset] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: EXPORT_PAGE_SIZE,
      select: { id: true, createdAt: true, action: true, target: true, ip: true, detail: true, actor: { select: { email: true } } },
    });
    if (page.length > 0) {
      yield page.map((event) => [event.createdAt, event.action, event.actor?.email, event.target, event.ip, JSON.stringify(event.detail)]);
    }
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = page.at(-1);
  }
}
