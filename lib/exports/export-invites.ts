import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listInvites } from "@/lib/invites/invite-queries";
import type { ExportInvitesFilter } from "@/lib/validation/exports";
import type { CsvPages } from "./csv-response";

export const INVITE_COLUMNS = [
  "id", "prefix", "state", "role", "uses", "max_uses", "expires_at", "note", "batch_id",
  "created_at", "created_by_email", "revoked_at", "revoke_reason",
] as const;

// listInvites' largest page; its keyset cursor keeps each page as cheap as the first.
const PAGE = 200;

/**
 * Invites with exactly the invite list's filters and visibility (it pages through listInvites), one page at a
 * time. Never a code or a hash: neither is selected.
 */
export async function* exportInvites(filter: ExportInvitesFilter, actor: Actor): CsvPages {
  let cursor: string | undefined;
  do {
    const page = await listInvites({ ...filter, cursor, limit: PAGE }, actor);
    if (page.invites.length > 0) {
      yield page.invites.map((invite) => [
        invite.id, invite.prefix, invite.state, invite.role, invite.uses, invite.maxUses, invite.expiresAt, invite.note,
        invite.batchId, invite.createdAt, invite.createdBy?.email, invite.revokedAt, invite.revokeReason,
      ]);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
