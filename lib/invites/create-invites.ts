import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { codePrefix, formatCode, generateCode } from "./codes";

export type CreateInvitesArgs = {
  role: Role;
  maxUses: number;
  expiresAt: Date;
  note?: string | null;
  count: number;
  createdById: string | null;
  ip?: string | null;
  allowedDomains?: string[];
  needsApproval?: boolean;
  /** The first-admin invite startup makes; kept out of the dashboard's counts. */
  bootstrap?: boolean;
};

type CreatedInvite = { id: string; code: string; display: string; prefix: string };

export type CreatedBatch = { batchId: string; invites: CreatedInvite[] };

/**
 * Creates `count` invites in one INSERT (rows passed as arrays and expanded by `unnest`, so the statement and
 * its parameter count do not grow with the batch). The codes are returned here and nowhere else: only their
 * hashes are stored. An `invite.created` webhook event for the batch is written in the same transaction when an
 * endpoint wants it.
 */
export async function createInvites(args: CreateInvitesArgs): Promise<CreatedBatch> {
  const batchId = randomUUID();
  const codes = Array.from({ length: args.count }, generateCode);
  const hashes = codes.map((code) => hashSecret(code).toString("hex"));
  const prefixes = codes.map(codePrefix);

  const [rows] = await db.$transaction([
    db.$queryRaw<{ id: string; hash: string }[]>`
      INSERT INTO invites (code_hash, prefix, role, max_uses, expires_at, note, created_by_id, batch_id, allowed_domains, needs_approval, bootstrap)
      SELECT decode(t.hash, 'hex'), t.prefix, ${args.role}::"Role", ${args.maxUses}, ${args.expiresAt},
             ${args.note ?? null}, ${args.createdById}::uuid, ${batchId}::uuid, ${args.allowedDomains ?? []}::text[], ${args.needsApproval ?? false},
             ${args.bootstrap ?? false}
      FROM unnest(${hashes}::text[], ${prefixes}::text[]) AS t(hash, prefix)
      RETURNING id::text AS id, encode(code_hash, 'hex') AS hash`,
    db.auditEvent.create({
      data: {
        actorId: args.createdById,
        action: "invite.create",
        target: batchId,
        ip: args.ip ?? null,
        detail: {
          count: args.count,
          role: args.role,
          maxUses: args.maxUses,
          expiresAt: args.expiresAt.toISOString(),
          note: args.note ?? null,
          allowedDomains: args.allowedDomains ?? [],
          needsApproval: args.needsApproval ?? false,
        },
      },
    }),
    db.$executeRaw`
      INSERT INTO webhook_events (type, payload)
      SELECT 'invite.created', jsonb_build_object('batchId', ${batchId}::text, 'count', ${args.count}::int, 'role', ${args.role}::text,
             'maxUses', ${args.maxUses}::int, 'expiresAt', ${args.expiresAt.toISOString()}::text, 'createdById', ${args.createdById}::text)
      WHERE EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled AND 'invite.created' = ANY(events))`,
  ]);

  const idByHash = new Map(rows.map((row) => [row.hash, row.id]));
  return {
    batchId,
    invites: codes.map((code, i) => ({
      id: idByHash.get(hashes[i]!)!,
      code,
      display: formatCode(code),
      prefix: prefixes[i]!,
    })),
  };
}
