import "server-only";
import { reachOf, type Subject } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { keysetPages } from "@/lib/pagination/keyset-cursor";
import { listInvitesSchema, type InviteState, type ListInvitesInput } from "@/lib/validation/invites";
import { INVITE_SORTS, type InviteSortKey } from "./invite-queries";
import { searchTerms } from "./invite-search";
import { inviteState } from "./invite-state";

type ExportQuery = Omit<ReturnType<typeof listInvitesSchema.parse>, "cursor" | "limit">;

/**
 * The invite list's filters (listWhere in invite-queries.ts) as SQL, for the export: it reads up to millions of
 * rows through $queryRaw, where findMany's result mapping costs about four times as much per row. The two must
 * select the same invites; tests/exports/export-matches-list.test.ts checks that they do for every filter.
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
const SORT_COLUMNS: Record<InviteSortKey, Prisma.Sql> = { createdAt: Prisma.raw("i.created_at"), expiresAt: Prisma.raw("i.expires_at") };

export type ExportedInvite = {
  id: string; prefix: string; role: string; uses: number; maxUses: number; expiresAt: Date; note: string | null; batchId: string | null;
  createdAt: Date; createdByEmail: string | null; revokedAt: Date | null; revokeReason: string | null; state: InviteState;
};

/** Every invite the list's filters match, in its order, a page of 5 000 at a time (see listWhereSql). */
export async function* exportInvitePages(input: Omit<ListInvitesInput, "cursor" | "limit">, subject: Subject): AsyncGenerator<ExportedInvite[], void, undefined> {
  const { cursor: _cursor, limit: _limit, ...query } = listInvitesSchema.parse(input);
  const { key, direction } = INVITE_SORTS[query.sort];
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
