import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/validation/fields";
import { listInvitesSchema, type InviteState, type ListInvitesInput } from "@/lib/validation/invites";
import { inviteState } from "./invite-state";

const inviteSelect = {
  id: true,
  prefix: true,
  role: true,
  maxUses: true,
  uses: true,
  expiresAt: true,
  note: true,
  createdAt: true,
  revokedAt: true,
  revokeReason: true,
  batchId: true,
  createdBy: { select: { id: true, email: true, name: true } },
  revokedBy: { select: { id: true, email: true, name: true } },
} satisfies Prisma.InviteSelect;

/** EDITORs see only the invites they created. */
function visibleTo(actor: Actor): Prisma.InviteWhereInput {
  return actor.role === "EDITOR" ? { createdById: actor.id } : {};
}

/** The SQL form of inviteState(): the same precedence, so a filter and a badge never disagree. */
export function stateWhere(state: InviteState, at: Date): Prisma.InviteWhereInput {
  const live = { revokedAt: null, expiresAt: { gt: at } };
  switch (state) {
    case "revoked":
      return { revokedAt: { not: null } };
    case "expired":
      return { revokedAt: null, expiresAt: { lte: at } };
    case "exhausted":
      return { ...live, uses: { gte: db.invite.fields.maxUses } };
    case "active":
      return { ...live, uses: { lt: db.invite.fields.maxUses } };
  }
}

/** One invite with its used_by trail, or null when it does not exist or the actor may not see it. */
export async function getInvite(id: string, actor: Actor) {
  if (!idSchema.safeParse(id).success) return null;
  const invite = await db.invite.findFirst({
    where: { id, ...visibleTo(actor) },
    select: {
      ...inviteSelect,
      redemptions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          createdAt: true,
          ip: true,
          userAgent: true,
          user: { select: { id: true, email: true, name: true, role: true } },
        },
      },
    },
  });
  return invite && { ...invite, state: inviteState(invite, now()) };
}

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (Number.isNaN(createdAt.getTime()) || !idSchema.safeParse(id).success) return null;
  return { createdAt, id: id! };
}

/**
 * Invites newest first, filtered, with keyset pagination on (created_at, id): the cost of a page does not grow
 * with how far into the list it is.
 */
export async function listInvites(input: ListInvitesInput, actor: Actor) {
  const query = listInvitesSchema.parse(input);
  const at = now();
  const and: Prisma.InviteWhereInput[] = [visibleTo(actor)];
  if (query.state) and.push(stateWhere(query.state, at));
  if (query.role) and.push({ role: query.role });
  if (query.createdById) and.push({ createdById: query.createdById });
  if (query.q) {
    and.push({
      OR: [
        { note: { contains: query.q, mode: "insensitive" } },
        { prefix: { startsWith: query.q.toUpperCase() } },
        { createdBy: { email: { contains: query.q.toLowerCase() } } },
        { createdBy: { name: { contains: query.q, mode: "insensitive" } } },
      ],
    });
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (cursor) {
    and.push({
      OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
    });
  }
  const rows = await db.invite.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: inviteSelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    invites: page.map((invite) => ({ ...invite, state: inviteState(invite, at) })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
