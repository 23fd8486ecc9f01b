import { db } from "@/lib/db";

/**
 * Every row of every table the app and its job queue keep (the app's schema and pg-boss's), as text: what a dump
 * of the database would contain. bytea columns appear as hex, so a sealed value shows as noise, not as its text.
 */
export async function databaseText(): Promise<string> {
  const tables = await db.$queryRaw<{ schema: string; name: string }[]>`
    SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
    WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`;
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${table.schema}"."${table.name}" t`);
    parts.push(...rows.map((row) => row.row));
  }
  return parts.join("\n");
}
