import { csvLine } from "@/lib/exports/csv";
import type { Role } from "@/lib/generated/prisma/client";

export type CsvBatch = { role: Role; maxUses: number; expiresAt: Date | string; note: string | null };
export type CsvRow = { display: string; prefix: string; link: string };

const HEADER = ["code", "link", "prefix", "role", "max_uses", "expires_at_utc", "note"];

/**
 * A freshly created batch as CSV, through the one CSV writer. The reveal page builds the file in the browser,
 * so the codes never exist as a file on the server.
 */
export function batchCsv(batch: CsvBatch, rows: CsvRow[]): string {
  const expiresAt = new Date(batch.expiresAt);
  return [HEADER, ...rows.map((row) => [row.display, row.link, row.prefix, batch.role, batch.maxUses, expiresAt, batch.note])]
    .map(csvLine)
    .join("");
}
