import "server-only";
import { reachOf, reaches, type Subject } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, keysetPage } from "@/lib/pagination/keyset-cursor";
import { idSchema } from "@/lib/validation/fields";
import { listInvitesSchema, type InviteSort, type InviteState, type ListInvitesInput } from "@/lib/validation/invites";
import { inviteState } from "./invite-state";
import { searchTerms, type SearchTerms } from "./invite-search";

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
  boundEmail: true,
  allowedDomains: true,
  needsApproval: true,
  bootstrap: true,
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
function stateWhere(state: InviteState, at: Date): Prisma.InviteWhereInput {
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

function searchWhere(terms: SearchTerms): Prisma.InviteWhereInput {
  const or: Prisma.InviteWhereInput[] = [{ note: { contains: terms.text, mode: "insensitive" } }];
  if (terms.creatorIds.length > 0) or.push({ createdById: { in: terms.creatorIds } });
  if (terms.codeHash) or.push({ codeHash: terms.codeHash });
  if (terms.prefix) or.push({ prefix: { startsWith: terms.prefix } });
  return { OR: or };
}

export type InviteSortKey = "createdAt" | "expiresAt";

/** Each sort of the list as its keyset: the column, then id, in one direction. */
export const INVITE_SORTS: Record<InviteSort, { key: InviteSortKey; direction: "asc" | "desc" }> = {
  newest: { key: "createdAt", direction: "desc" },
  oldest: { key: "createdAt", direction: "asc" },
  expiring: { key: "expiresAt", direction: "asc" },
  "expiring-last": { key: "expiresAt", direction: "desc" },
};

/** The list's filters as one condition, shared by the page of rows and its total. */
async function listWhere(query: ReturnType<typeof listInvitesSchema.parse>, subject: Subject, at: Date): Promise<Prisma.InviteWhereInput[]> {
  const and: Prisma.InviteWhereInput[] = [visibleTo(subject)];
  if (query.state) and.push(stateWhere(query.state, at));
  if (query.role) and.push({ role: query.role });
  if (query.createdById) and.push({ createdById: query.createdById });
  if (query.batchId) and.push({ batchId: query.batchId });
  if (query.q) and.push(searchWhere(await searchTerms(query.q)));
  return and;
}

/** Counting stops here: past it the list says "10,000+", so a broad filter over millions of rows stays cheap. */
export const COUNT_CAP = 10_000;

/**
 * Invites filtered and sorted, with keyset pagination on (sort column, id): the cost of a page does not grow
 * with how far into the list it is.
 */
export async function listInvites(input: ListInvitesInput, subject: Subject) {
  const query = listInvitesSchema.parse(input);
  const { key, direction } = INVITE_SORTS[query.sort];
  const at = now();
  const and = await listWhere(query, subject, at);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.invite.findMany({
    where: { AND: after ? [...and, afterCursor(after, key, direction)] : and },
    orderBy: [{ [key]: direction }, { id: direction }],
    take: query.limit + 1,
    select: inviteSelect,
  });
  const { page, nextCursor } = keysetPage(rows, { limit: query.limit, key: (invite) => invite[key], direction, after });
  return { invites: page.map((invite) => ({ ...invite, state: inviteState(invite, at) })), nextCursor };
}

/** How many invites the list's filters match, counted up to COUNT_CAP + 1. */
export async function countInvites(input: ListInvitesInput, subject: Subject): Promise<number> {
  const query = listInvitesSchema.parse(input);
  return db.invite.count({ where: { AND: await listWhere(query, subject, now()) }, take: COUNT_CAP + 1 });
}
