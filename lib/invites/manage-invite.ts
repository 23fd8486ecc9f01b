import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail, ok, type Result } from "@/lib/result";
import { idSchema } from "@/lib/validation/fields";

type ManagedInvite = { id: string; revokedAt: Date | null; expiresAt: Date };
type Action = "invite.revoke" | "invite.unrevoke" | "invite.extend";

/**
 * Applies one change to one invite with its audit event, in one transaction. EDITORs reach only their own
 * invites: the ownership filter is part of the query, so nobody else's row is ever touched.
 */
async function changeInvite(
  args: { id: string; actor: Actor },
  action: Action,
  change: { where: Prisma.InviteWhereInput; data: Prisma.InviteUncheckedUpdateManyInput },
  detail: Record<string, string | null>,
  conflictMessage: string,
): Promise<Result<ManagedInvite>> {
  if (!idSchema.safeParse(args.id).success) return notFound();
  const owned: Prisma.InviteWhereInput =
    args.actor.role === "ADMIN" ? { id: args.id } : { id: args.id, createdById: args.actor.id };
  return db.$transaction(async (tx: Tx) => {
    const changed = await tx.invite.updateMany({ where: { ...owned, ...change.where }, data: change.data });
    const invite = await tx.invite.findFirst({ where: owned, select: { id: true, revokedAt: true, expiresAt: true } });
    if (!invite) return notFound();
    if (changed.count === 0) return fail("conflict", conflictMessage);
    await recordAuditEvent({ actorId: args.actor.id, action, target: invite.id, ip: args.actor.ip, detail }, tx);
    return ok(invite);
  });
}

const notFound = () => fail("not_found", "This invite does not exist, or you may not change it.");

export function revokeInvite(args: { id: string; actor: Actor; reason?: string }) {
  const reason = args.reason?.trim() || null;
  return changeInvite(
    args,
    "invite.revoke",
    { where: { revokedAt: null }, data: { revokedAt: now(), revokedById: args.actor.id, revokeReason: reason } },
    { reason },
    "This invite is already revoked.",
  );
}

export function unrevokeInvite(args: { id: string; actor: Actor }) {
  return changeInvite(
    args,
    "invite.unrevoke",
    { where: { revokedAt: { not: null } }, data: { revokedAt: null, revokedById: null, revokeReason: null } },
    {},
    "This invite is not revoked.",
  );
}

export async function extendInvite(args: { id: string; actor: Actor; expiresAt: Date }) {
  if (args.expiresAt.getTime() <= now().getTime()) {
    return fail("validation", "The new expiry must be in the future.", { fields: { expiresAt: "Choose a time in the future." } });
  }
  return changeInvite(
    args,
    "invite.extend",
    { where: {}, data: { expiresAt: args.expiresAt } },
    { expiresAt: args.expiresAt.toISOString() },
    "This invite could not be extended.",
  );
}
