import "server-only";
import { reachOf, reaches, type Subject } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, decodeCursor, keysetPage, keysetPages } from "@/lib/pagination/keyset-cursor";
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

type SearchTerms = { text: string; creatorIds: string[]; codeHash: Uint8Array<ArrayBuffer> | null; prefix: string | null };

/**
 * The list's search box: note and creator as literal text (`%` and `_` are characters, not wildcards), and the
 * code as a person reads it off a page or e-mail, in any case, with or without dashes and spaces. A whole code is
 * found through its hash (the only form stored); its first group through the stored display prefix. The creators
 * whose e-mail or name match are looked up first (trigram indexes on users), so that the invite query is an OR of
 * indexed conditions; a condition through the join would be checked against every invite.
 */
async function searchTerms(q: string): Promise<SearchTerms> {
  const text = likeLiteral(q);
  const creators = await db.user.findMany({
    where: { OR: [{ email: { contains: text.toLowerCase() } }, { name: { contains: text, mode: "insensitive" } }], invitesCreated: { some: {} } },
    select: { id: true },
  });
  const code = normalizeCode(q);
  const wholeCode = checkCode(code).ok;
  const group = !wholeCode && code.length <= GROUP_LENGTH && [...code].every((symbol) => ALPHABET.includes(symbol));
  return {
    text,
    creatorIds: creators.map((creator) => creator.id),
    codeHash: wholeCode ? new Uint8Array(hashSecret(code)) : null,
    prefix: group ? code.slice(0, PREFIX_LENGTH) : null,
  };
}

function searchWhere(terms: SearchTerms): Prisma.InviteWhereInput {
  const or: Prisma.InviteWhereInput[] = [{ note: { contains: terms.text, mode: "insensitive" } }];
  if (terms.creatorIds.length > 0) or.push({ createdById: { in: terms.creatorIds } });
  if (terms.codeHash) or.push({ codeHash: terms.codeHash });
  if (terms.prefix) or.push({ prefix: { startsWith: terms.prefix } });
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

type ExportQuery = Omit<ReturnType<typeof listInvitesSchema.parse>, "cursor" | "limit">;

/**
 * listWhere() as SQL, for the export: it reads up to millions of rows through $queryRaw, where findMany's
 * result mapping costs about four times as much per row. The two must select the same invites; a test checks
 * that they do for every filter.
 */
async function listWhereSql(query: ExportQuery, subject: Subject, at: Date): Promise<Prisma.Sql> {
  const and: Prisma.Sql[] = [];
  const reach = reachOf(subject, "invites.read");
  if (!reach) and.push(Prisma.sql`false`);
  else if (!reach.all) and.push(Prisma.sql`i.created_by_id = ${reach.ownerId}::uuid`);
  const live = Prisma.sql`i.revoked_at IS NULL AND i.expires_at > ${at}`;
  if (query.state === "revoked") and.push(Prisma.sql`i.revoked_at IS NOT NULL`);
  if (query.state === "expired") and.push(Prisma.sql`i.revoked_at IS NULL AND i.expires_at <= ${at}`);
  if (query.state === "exhausted") and.push(Prisma.sql`${live} AND i.uses >= i.max_uses`);
  if (query.state === "active") and.push(Prisma.sql`${live} AND i.uses < i.max_uses`);
  if (query.role) and.push(Prisma.sql`i.role = ${query.role}::"Role"`);
  if (query.createdById) and.push(Prisma.sql`i.created_by_id = ${query.createdById}::uuid`);
  if (query.batchId) and.push(Prisma.sql`i.batch_id = ${query.batchId}::uuid`);
  if (query.q) {
    const terms = await searchTerms(query.q);
    const or = [Prisma.sql`i.note ILIKE ${`%${terms.text}%`}`];
    if (terms.creatorIds.length > 0) or.push(Prisma.sql`i.created_by_id = ANY(${terms.creatorIds}::uuid[])`);
    if (terms.codeHash) or.push(Prisma.sql`i.code_hash = ${terms.codeHash}`);
    if (terms.prefix) or.push(Prisma.sql`i.prefix LIKE ${`${terms.prefix}%`}`);
    and.push(Prisma.sql`(${Prisma.join(or, " OR ")})`);
  }
  return and.length > 0 ? Prisma.join(and, " AND ") : Prisma.sql`true`;
}

const EXPORT_PAGE = 5_000;
const SORT_COLUMNS: Record<SortKey, Prisma.Sql> = { createdAt: Prisma.raw("i.created_at"), expiresAt: Prisma.raw("i.expires_at") };

export type ExportedInvite = {
  id: string; prefix: string; role: string; uses: number; maxUses: number; expiresAt: Date; note: string | null; batchId: string | null;
  createdAt: Date; createdByEmail: string | null; revokedAt: Date | null; revokeReason: string | null; state: InviteState;
};

/** Every invite the list's filters match, in its order, a page of 5 000 at a time (see listWhereSql). */
export async function* exportInvitePages(input: Omit<ListInvitesInput, "cursor" | "limit">, subject: Subject): AsyncGenerator<ExportedInvite[], void, undefined> {
  const { cursor: _cursor, limit: _limit, ...query } = listInvitesSchema.parse(input);
  const { key, direction } = SORTS[query.sort];
  const at = now();
  const where = await listWhereSql(query, subject, at);
  const column = SORT_COLUMNS[key];
  const order = direction === "desc" ? Prisma.raw("DESC") : Prisma.raw("ASC");
  const beyond = direction === "desc" ? Prisma.raw("<") : Prisma.raw(">");
  const within = direction === "desc" ? Prisma.raw("<=") : Prisma.raw(">=");
  const pages = keysetPages(
    (after, take) =>
      db.$queryRaw<Omit<ExportedInvite, "state">[]>`
        SELECT i.id::text AS id, i.prefix, i.role::text AS role, i.uses, i.max_uses AS "maxUses", i.expires_at AS "expiresAt", i.note,
               i.batch_id::text AS "batchId", i.created_at AS "createdAt", u.email AS "createdByEmail", i.revoked_at AS "revokedAt",
               i.revoke_reason AS "revokeReason"
        FROM invites i LEFT JOIN users u ON u.id = i.created_by_id
        WHERE ${where}
          ${after ? Prisma.sql`AND ${column} ${within} ${after.value} AND (${column}, i.id) ${beyond} (${after.value}, ${after.id}::uuid)` : Prisma.empty}
        ORDER BY ${column} ${order}, i.id ${order}
        LIMIT ${take}`,
    { pageSize: EXPORT_PAGE, key: (invite) => invite[key], direction },
  );
  for await (const page of pages) yield page.map((invite) => ({ ...invite, state: inviteState(invite, at) }));
}

