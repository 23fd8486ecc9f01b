import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, keysetPages } from "@/lib/pagination/keyset-cursor";
import type { ExportRedemptionsFilter } from "@/lib/validation/exports";
import { EXPORT_PAGE_SIZE } from "./csv";
import type { CsvPages } from "./csv-response";

export const REDEMPTION_COLUMNS = [
  "redeemed_at", "user_email", "user_name", "user_role", "invite_id", "invite_prefix", "invite_role",
  "batch_id", "invite_note", "ip", "user_agent",
] as const;

/** The used_by trail, oldest first, one keyset page at a time. */
export async function* exportRedemptions(filter: ExportRedemptionsFilter): CsvPages {
  const where: Prisma.RedemptionWhereInput = {
    createdAt: { gte: filter.from ? new Date(filter.from) : undefined, lt: filter.to ? new Date(filter.to) : undefined },
    inviteId: filter.inviteId,
    invite: filter.batchId ? { batchId: filter.batchId } : undefined,
  };
  const pages = keysetPages(
    (after, take) =>
      db.redemption.findMany({
        where: { AND: [where, ...(after ? [afterCursor(after, "createdAt", "asc")] : [])] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take,
        select: {
          id: true, createdAt: true, ip: true, userAgent: true,
          user: { select: { email: true, name: true, role: true } },
          invite: { select: { id: true, prefix: true, role: true, batchId: true, note: true } },
        },
      }),
    { pageSize: EXPORT_PAGE_SIZE, key: (row) => row.createdAt, direction: "asc" },
  );
  for await (const page of pages) {
    yield page.map((row) => [
      row.createdAt, row.user.email, row.user.name, row.user.role, row.invite.id, row.invite.prefix, row.invite.role,
      row.invite.batchId, row.invite.note, row.ip, row.userAgent,
    ]);
  }
}
