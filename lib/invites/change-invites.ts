import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ok, type Result } from "@/lib/result";
import { extendInvite, revokeInvite } from "./manage-invite";

export type BulkOutcome = { changed: number; skipped: { id: string; message: string }[] };

/**
 * Applies one change to many invites, each through the single-invite path: its own locked transaction, policy
 * decision (ownership, the role ceiling now) and audit event. An invite that may not or need not change is
 * skipped with its reason; the others still change.
 */
async function eachInvite(ids: readonly string[], change: (id: string) => Promise<Result<unknown>>): Promise<Result<BulkOutcome>> {
  const outcome: BulkOutcome = { changed: 0, skipped: [] };
  for (const id of new Set(ids)) {
    const result = await change(id);
    if (result.ok) outcome.changed += 1;
    else outcome.skipped.push({ id, message: result.error.message });
  }
  return ok(outcome);
}

export function revokeInvites(args: { ids: readonly string[]; actor: Actor; reason?: string }) {
  return eachInvite(args.ids, (id) => revokeInvite({ id, actor: args.actor, reason: args.reason }));
}

export function extendInvites(args: { ids: readonly string[]; actor: Actor; expiresAt: Date }) {
  return eachInvite(args.ids, (id) => extendInvite({ id, actor: args.actor, expiresAt: args.expiresAt }));
}
