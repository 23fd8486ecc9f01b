import "server-only";
import { reachOf, reaches, type Subject } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, keysetPage } from "@/lib/pagination/keyset-cursor";
import { hashSecret } from "@/lib/secrets/hashed-secret";
import { idSchema } from "@/lib/validation/fields";
import { likeLiteral } from "@/lib/validation/search";
import { listInvitesSchema, type InviteSort, type InviteState, type ListInvitesInput } from "@/lib/validation/invites";
import { ALPHABET, checkCode, GROUP_LENGTH, normalizeCode, PREFIX_LENGTH } from "./code-format";
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

/**
 * The list's search box: note and creator as literal text (`%` and `_` are characters, not wildcards), and the
 * code as a person reads it off a page or e-mail, in any case, with or without dashes and spaces. A whole code is
 * found through its hash (the only form stored); its first group through the stored display prefix. The creators
 * whose e-mail or name match are looked up first (trigram indexes on users), so that the invite query is an OR of
 * indexed conditions; a condition through the join would be checked against every invite.
 */
async function searchWhere(q: string): Promise<Prisma.InviteWhereInput> {
  const text = likeLiteral(q);
  const creators = await db.user.findMany({
    where: { OR: [{ email: { contains: text.toLowerCase() } }, { name: { contains: text, mode: "insensitive" } }], invitesCreated: { some: {} } },
    select: { id: true },
  });
  const or: Prisma.InviteWhereInput[] = [{ note: { contains: text, mode: "insensitive" } }];
  if (creators.length > 0) or.push({ createdById: { in: creators.map((creator) => creator.id) } });
  const code = normalizeCode(q);
  if (checkCode(code).ok) or.push({ codeHash: new Uint8Array(hashSecret(code)) });
  else if (code.length <= GROUP_LENGTH && [...code].every((symbol) => ALPHABET.includes(symbol))) or.push({ prefix: { startsWith: code.slice(0, PREFIX_LENGTH) } });
  return { OR: or };
}

type SortKey = "createdAt" | "expiresAt";
const SORTS: Record<InviteSort, { key: SortKey; direction: "asc" | "desc" }> = {
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
  if (query.q) and.push(await searchWhere(query.q));
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
  const { key, direction } = SORTS[query.sort];
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
