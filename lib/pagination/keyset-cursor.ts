import { idSchema } from "@/lib/validation/fields";

/*
 * The one cursor format for keyset pagination on (timestamp, id): opaque to the browser, validated on the way
 * back in, so a tampered cursor just starts from the top instead of reaching the query.
 */
export type KeysetCursor = { value: Date; id: string };

export function encodeCursor(value: Date, id: string): string {
  return Buffer.from(`${value.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): KeysetCursor | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const value = new Date(iso ?? "");
  if (Number.isNaN(value.getTime()) || !idSchema.safeParse(id).success) return null;
  return { value, id: id! };
}

/** A Prisma condition for rows strictly after the cursor in (key, id) order, in either direction. */
export function afterCursor<K extends string>(cursor: KeysetCursor, key: K, direction: "asc" | "desc") {
  const beyond = direction === "desc" ? "lt" : "gt";
  return { OR: [{ [key]: { [beyond]: cursor.value } }, { [key]: cursor.value, id: { [beyond]: cursor.id } }] };
}
