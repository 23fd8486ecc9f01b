import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { decideInviteChange, type InviteChange } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { idSchema } from "@/lib/validation/fields";
import { dispatchWebhookEventsSoon } from "@/lib/webhooks/dispatch-events";
import { recordWebhookEvent } from "@/lib/webhooks/record-webhook-event";
import { expiryProblem } from "./expiry-bounds";

type ManagedInvite = { id: string; revokedAt: Date | null; expiresAt: Date };

type LockedInvite = {
  id: string;
  role: Role;
  createdById: string | null;
  revokedAt: Date | null;
  revokedById: string | null;
  expiresAt: Date;
  memberQuota: boolean;
};

type Change = {
  kind: InviteChange;
  /** Whether the invite is in a state this change applies to; else `conflict` is the answer. */
  applies: (invite: LockedInvite) => boolean;
  data: Prisma.InviteUncheckedUpdateInput;
  detail: Record<string, string | null>;
  conflict: string;
};

const notFound = () => fail("not_found", "This invite does not exist, or you may not change it.");

/**
 * Applies one change to one invite with its audit event, in one transaction. The row is locked first, and the
 * policy decides on the row as it is now — ownership, the role ceiling at the time of the change, who revoked
 * it — so a decision cannot be overtaken by a concurrent change (a demotion, another revocation).
 */
async function changeInvite(id: string, actor: Actor, change: Change): Promise<Result<ManagedInvite>> {
  if (!idSchema.safeParse(id).success) return notFound();
  return db.$transaction(async (tx: Tx) => {
    const [invite] = await tx.$queryRaw<LockedInvite[]>`
      SELECT id::text AS id, role, created_by_id::text AS "createdById", revoked_at AS "revokedAt",
             revoked_by_id::text AS "revokedById", expires_at AS "expiresAt", member_quota AS "memberQuota"
      FROM invites WHERE id = ${id}::uuid FOR UPDATE`;
    if (!invite) return notFound();
    const decision = decideInviteChange(actor, invite, change.kind);
    if (!decision.allowed) return fail(decision.reason, decision.message);
    if (!change.applies(invite)) return fail("conflict", change.conflict);
    const changed = await tx.invite.update({ where: { id }, data: change.data, select: { id: true, revokedAt: true, expiresAt: true } });
    await recordAuditEvent({ actorId: actor.id, action: `invite.${change.kind}`, target: id, ip: actor.ip, detail: change.detail }, tx);
    if (change.kind === "revoke") {
      await recordWebhookEvent(tx, "invite.revoked", { invite: { id, role: invite.role }, revokedById: actor.id, reason: change.detail.reason ?? null });
    }
    return ok(changed);
  });
}

export async function revokeInvite(args: { id: string; actor: Actor; reason?: string }) {
  const reason = args.reason?.trim() || null;
  const result = await changeInvite(args.id, args.actor, {
    kind: "revoke",
    applies: (invite) => invite.revokedAt === null,
    data: { revokedAt: now(), revokedById: args.actor.id, revokeReason: reason },
    detail: { reason },
    conflict: "This invite is already revoked.",
  });
  if (result.ok) dispatchWebhookEventsSoon();
  return result;
}

export function unrevokeInvite(args: { id: string; actor: Actor }) {
  return changeInvite(args.id, args.actor, {
    kind: "unrevoke",
    applies: (invite) => invite.revokedAt !== null,
    data: { revokedAt: null, revokedById: null, revokeReason: null },
    detail: {},
    conflict: "This invite is not revoked.",
  });
}

export async function extendInvite(args: { id: string; actor: Actor; expiresAt: Date }) {
  const problem = expiryProblem(args.expiresAt, now());
  if (problem) return problem;
  return changeInvite(args.id, args.actor, {
    kind: "extend",
    applies: () => true,
    data: { expiresAt: args.expiresAt },
    detail: { expiresAt: args.expiresAt.toISOString() },
    conflict: "This invite could not be extended.",
  });
}
