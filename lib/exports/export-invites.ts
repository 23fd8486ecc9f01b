import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { exportInvitePages } from "@/lib/invites/export-invite-pages";
import type { ExportInvitesFilter } from "@/lib/validation/exports";
import type { CsvPages } from "./csv-response";

export const INVITE_COLUMNS = [
  "id", "prefix", "state", "role", "uses", "max_uses", "expires_at", "note", "batch_id",
  "created_at", "created_by_email", "revoked_at", "revoke_reason",
] as const;

/**
 * Invites with exactly the invite list's filters, visibility and order, one page at a time. Never a code or a
 * hash: neither is selected.
 */
export async function* exportInvites(filter: ExportInvitesFilter, actor: Actor): CsvPages {
  for await (const page of exportInvitePages(filter, actor)) {
    yield page.map((invite) => [
      invite.id, invite.prefix, invite.state, invite.role, invite.uses, invite.maxUses, invite.expiresAt, invite.note,
      invite.batchId, invite.createdAt, invite.createdByEmail, invite.revokedAt, invite.revokeReason,
    ]);
  }
}
