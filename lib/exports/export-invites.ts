import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inviteFilters } from "@/lib/invites/invite-queries";
import { inviteState } from "@/lib/invites/invite-state";
import type { ExportInvitesFilter } from "@/lib/validation/exports";
import { EXPORT_PAGE_SIZE } from "./csv";
import type { CsvPages } from "./csv-response";

export const INVITE_COLUMNS = [
  "id", "prefix", "state", "role", "uses", "max_uses", "expires_at", "note", "batch_id",
  "created_at", "created_by_email", "revoked_at", "revoke_reason",
] as const;

/** Invites newest first, with the invite list's filters, one keyset page at a time. Never a code or a hash. */
export async function* exportInvites(filter: ExportInvitesFilter, actor: Actor): CsvPages {
  const at = now();
  const filters = inviteFilters(filter, actor, at);
  let after: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const keyset: Prisma.InviteWhereInput[] = after
      ? [{ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }]
      : [];
    const page = await db.invite.findMany({
      where: { AND: [...filters, ...keyset] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: EXPORT_PAGE_SIZE,
      select: {
        id: true, prefix: true, role: true, uses: true, maxUses: true, expiresAt: true, note: true, batchId: true,
        createdAt: true, revokedAt: true, revokeReason: true, createdBy: { select: { email: true } },
      },
    });
    if (page.length > 0) {
      yield page.map((invite) => [
        invite.id, invite.prefix, inviteState(invite, at), invite.role, invite.uses, invite.maxUses, invite.expiresAt,
        invite.note, invite.batchId, invite.createdAt, invite.createdBy?.email, invite.revokedAt, invite.revokeReason,
      ]);
    }
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = page.at(-1);
  }
}
