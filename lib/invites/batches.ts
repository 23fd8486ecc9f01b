import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { reachOf, type Subject } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { fail, type Result } from "@/lib/result";
import { idSchema } from "@/lib/validation/fields";
import { revokeInvites, type BulkOutcome } from "./change-invites";

export type BatchSummary = {
  batchId: string;
  role: Role;
  note: string | null;
  invites: number;
  /** Redemptions so far, over all the batch's invites. */
  redeemed: number;
  /** Uses still possible: the unused uses of invites that are neither revoked nor expired. */
  left: number;
  revoked: number;
  createdAt: Date;
  expiresAt: Date;
  createdBy: { id: string; name: string } | null;
};

type BatchRow = Omit<BatchSummary, "invites" | "redeemed" | "left" | "revoked" | "createdBy"> & {
  invites: bigint;
  redeemed: bigint;
  left: bigint;
  revoked: bigint;
  createdById: string | null;
  createdByName: string | null;
};

const BATCH_PAGE = 50;

function ownerOf(subject: Subject): string | null | undefined {
  const reach = reachOf(subject, "invites.read");
  if (!reach) return undefined;
  return reach.all ? null : reach.ownerId;
}

function summary(row: BatchRow): BatchSummary {
  return {
    batchId: row.batchId,
    role: row.role,
    note: row.note,
    invites: Number(row.invites),
    redeemed: Number(row.redeemed),
    left: Number(row.left),
    revoked: Number(row.revoked),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? "" } : null,
  };
}

/**
 * The batches a subject may read, newest first, each with its progress (redeemed / left). A batch is the set of
 * invites made in one go (they share a batch id, a role, a note and a creation time). `page` counts pages of
 * BATCH_PAGE batches.
 */
export async function listBatches(subject: Subject, options: { page?: number } = {}): Promise<{ batches: BatchSummary[]; hasMore: boolean }> {
  const owner = ownerOf(subject);
  if (owner === undefined) return { batches: [], hasMore: false };
  const at = now();
  const page = Math.max(0, options.page ?? 0);
  const rows = await db.$queryRaw<BatchRow[]>`
    SELECT i.batch_id::text AS "batchId", min(i.role::text)::"Role" AS role, min(i.note) AS note, count(*) AS invites,
           coalesce(sum(i.uses), 0)::bigint AS redeemed,
           coalesce(sum(i.max_uses - i.uses) FILTER (WHERE i.revoked_at IS NULL AND i.expires_at > ${at}), 0)::bigint AS left,
           count(*) FILTER (WHERE i.revoked_at IS NOT NULL) AS revoked,
           min(i.created_at) AS "createdAt", max(i.expires_at) AS "expiresAt",
           i.created_by_id::text AS "createdById", min(u.name) AS "createdByName"
    FROM invites i LEFT JOIN users u ON u.id = i.created_by_id
    WHERE i.batch_id IS NOT NULL AND (${owner}::uuid IS NULL OR i.created_by_id = ${owner}::uuid)
    GROUP BY i.batch_id, i.created_by_id
    ORDER BY min(i.created_at) DESC, i.batch_id DESC
    LIMIT ${BATCH_PAGE + 1} OFFSET ${page * BATCH_PAGE}`;
  return { batches: rows.slice(0, BATCH_PAGE).map(summary), hasMore: rows.length > BATCH_PAGE };
}

/** One batch's summary, or null when it does not exist or the subject may not read it. */
export async function getBatch(batchId: string, subject: Subject): Promise<BatchSummary | null> {
  const owner = ownerOf(subject);
  if (owner === undefined || !idSchema.safeParse(batchId).success) return null;
  const at = now();
  const [row] = await db.$queryRaw<BatchRow[]>`
    SELECT i.batch_id::text AS "batchId", min(i.role::text)::"Role" AS role, min(i.note) AS note, count(*) AS invites,
           coalesce(sum(i.uses), 0)::bigint AS redeemed,
           coalesce(sum(i.max_uses - i.uses) FILTER (WHERE i.revoked_at IS NULL AND i.expires_at > ${at}), 0)::bigint AS left,
           count(*) FILTER (WHERE i.revoked_at IS NOT NULL) AS revoked,
           min(i.created_at) AS "createdAt", max(i.expires_at) AS "expiresAt",
           i.created_by_id::text AS "createdById", min(u.name) AS "createdByName"
    FROM invites i LEFT JOIN users u ON u.id = i.created_by_id
    WHERE i.batch_id = ${batchId}::uuid AND (${owner}::uuid IS NULL OR i.created_by_id = ${owner}::uuid)
    GROUP BY i.batch_id, i.created_by_id`;
  return row ? summary(row) : null;
}

/**
 * Revokes every invite of a batch that is not revoked yet, each through the single-invite path (the policy
 * decides per invite, so the role ceiling and ownership hold).
 */
export async function revokeBatch(args: { batchId: string; actor: Actor; reason?: string }): Promise<Result<BulkOutcome>> {
  const notFound = fail("not_found", "This batch does not exist, or you may not change it.");
  if (!idSchema.safeParse(args.batchId).success) return notFound;
  const live = await db.invite.findMany({ where: { batchId: args.batchId, revokedAt: null }, select: { id: true } });
  if (live.length === 0) {
    const exists = await getBatch(args.batchId, args.actor);
    return exists ? fail("conflict", "Every invite of this batch is already revoked.") : notFound;
  }
  return revokeInvites({ ids: live.map((invite) => invite.id), actor: args.actor, reason: args.reason });
}
