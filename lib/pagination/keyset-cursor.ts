import { z } from "zod";

/*
 * The one keyset pagination on (timestamp, id). The cursor is opaque to clients and checked where input is
 * checked (cursorSchema in every list schema), so a damaged cursor is a 400 for a client; one that reaches the
 * query without decoding is a bug and throws, never a silent restart from the first page. Plain ASCII and
 * atob/btoa rather than Buffer, because the list schemas are also loaded by forms in the browser.
 */
export type KeysetCursor = { value: Date; id: string };
export type Direction = "asc" | "desc";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(value: Date, id: string): string {
  return btoa(`${value.toISOString()}|${id}`).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function parseCursor(cursor: string): KeysetCursor | null {
  let text: string;
  try {
    text = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return null;
  }
  const [iso, id, ...rest] = text.split("|");
  const value = new Date(iso ?? "");
  if (rest.length > 0 || Number.isNaN(value.getTime()) || value.toISOString() !== iso || !UUID.test(id ?? "")) return null;
  return { value, id: id! };
}

export const CURSOR_MESSAGE = "This page link is damaged or out of date. Start again from the first page.";

/** The `cursor` field of every list schema: absent for the first page, otherwise one this server handed out. */
export const cursorSchema = z
  .string()
  .max(200, { error: CURSOR_MESSAGE })
  .refine((cursor) => parseCursor(cursor) !== null, { error: CURSOR_MESSAGE })
  .optional();

/** A cursor the list schema has already accepted; anything else is a programming error. */
export function decodeCursor(cursor: string): KeysetCursor {
  const decoded = parseCursor(cursor);
  if (!decoded) throw new Error("keyset cursor does not decode; list input must pass its schema first");
  return decoded;
}

/**
 * A Prisma condition for rows strictly after the cursor in (key, id) order, in either direction. The OR alone
 * is exact but gives PostgreSQL no range to start an index scan from: every page would walk the index from the
 * top and filter its way down (a million-row export slowed to ~1 500 rows/s). The redundant bound on the key
 * (≤ or ≥ the cursor's value) is that range, so each page starts where the last one ended.
 */
export function afterCursor<K extends string>(cursor: KeysetCursor, key: K, direction: Direction) {
  const beyond = direction === "desc" ? "lt" : "gt";
  const within = direction === "desc" ? "lte" : "gte";
  return { [key]: { [within]: cursor.value }, OR: [{ [key]: { [beyond]: cursor.value } }, { [key]: cursor.value, id: { [beyond]: cursor.id } }] };
}

function isBeyond(next: KeysetCursor, previous: KeysetCursor, direction: Direction): boolean {
  const order = next.value.getTime() - previous.value.getTime() || (next.id < previous.id ? -1 : next.id > previous.id ? 1 : 0);
  return direction === "asc" ? order > 0 : order < 0;
}

/**
 * One page from `limit + 1` fetched rows: the page, and the cursor of its last row when more follow. The next
 * cursor must lie strictly beyond the one the page started from; anything else would loop, so it throws.
 */
export function keysetPage<R extends { id: string }>(
  rows: R[],
  options: { limit: number; key: (row: R) => Date; direction: Direction; after?: KeysetCursor | null },
): { page: R[]; nextCursor: string | null } {
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  if (rows.length <= options.limit || !last) return { page, nextCursor: null };
  const next = { value: options.key(last), id: last.id };
  if (options.after && !isBeyond(next, options.after, options.direction)) {
    throw new Error("keyset pagination made no progress: the order by does not match the cursor's key");
  }
  return { page, nextCursor: encodeCursor(next.value, next.id) };
}

/**
 * Every row, one page at a time (exports): `fetch` gets the cursor to continue after (null first) and how many
 * rows to take; the walk ends on the last page and refuses to go round in circles.
 */
export async function* keysetPages<R extends { id: string }>(
  fetch: (after: KeysetCursor | null, take: number) => Promise<R[]>,
  options: { pageSize: number; key: NoInfer<(row: R) => Date>; direction: Direction },
): AsyncGenerator<R[], void, undefined> {
  let after: KeysetCursor | null = null;
  for (;;) {
    const rows = await fetch(after, options.pageSize + 1);
    const { page, nextCursor } = keysetPage(rows, { ...options, limit: options.pageSize, after });
    if (page.length > 0) yield page;
    if (!nextCursor) return;
    after = decodeCursor(nextCursor);
  }
}
