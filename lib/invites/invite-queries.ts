import { reachOf, reaches, type Subject } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, encodeCursor } from "@/lib/pagination/keyset-cursor";
import { idSchema } from "@/lib/validation/fields";
import { listInvitesSchema, type InviteSort, type InviteState, type ListInvitesInput } from "@/lib/validation/invites";
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

/** The invites a subject may read, as a filter: all, their own, or none (per the policy's reach). */
function visibleTo(subject: Subject): Prisma.InviteWhereInput {
  const reach = reachOf(subject, "invites.read");
  if (!reach) return { id: { in: [] } };
  return reach.all ? {} : { createdById: reach.ownerId };
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

/**
 * One invite with its used_by trail. `hidden` when it exists but the subject may not read it (a colleague's
 * invite, for an EDITOR), so a page can say so in place instead of pretending it does not exist.
 */
export async function getInvite(id: string, subject: Subject) {
  if (!idSchema.safeParse(id).success) return { status: "missing" } as const;
  const invite = await db.invite.findUnique({
    where: { id },
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
  if (!invite) return { status: "missing" } as const;
  if (!reaches(reachOf(subject, "invites.read"), invite.createdBy?.id ?? null)) return { status: "hidden" } as const;
  return { status: "found", invite: { ...invite, state: inviteState(invite, now()) } } as const;
}

type SortKey = "createdAt" | "expiresAt";
const SORTS: Record<InviteSort, { key: SortKey; direction: "asc" | "desc" }> = {
  newest: { key: "createdAt", direction: "desc" },
  oldest: { key: "createdAt", direction: "asc" },
  expiring: { key: "expiresAt", direction: "asc" },
  "expiring-last": { key: "expiresAt", direction: "desc" },
};

/**
 * Invites filtered and sorted, with keyset pagination on (sort column, id): the cost of a page does not grow
 * with how far into the list it is.
 */
export async function listInvites(input: ListInvitesInput, subject: Subject) {
  const query = listInvitesSchema.parse(input);
  const { key, direction } = SORTS[query.sort];
  const at = now();
  const and: Prisma.InviteWhereInput[] = [visibleTo(subject)];
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
  const cursor = decodeCursor(query.cursor);
  if (cursor) and.push(afterCursor(cursor, key, direction));
  const rows = await db.invite.findMany({
    where: { AND: and },
    orderBy: [{ [key]: direction }, { id: direction }],
    take: query.limit + 1,
    select: inviteSelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    invites: page.map((invite) => ({ ...invite, state: inviteState(invite, at) })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last[key], last.id) : null,
  };
}
