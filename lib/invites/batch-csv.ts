import type { Role } from "@/lib/generated/prisma/client";

export type CsvBatch = { role: Role; maxUses: number; expiresAt: Date | string; note: string | null };
export type CsvRow = { display: string; prefix: string; link: string };

function cell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would make a spreadsheet run the cell as a formula; a quote mark keeps it text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * A freshly created batch as CSV (RFC 4180, every cell quoted). Pure and browser-safe: the reveal page builds
 * the file in the browser, so the codes never exist as a file on the server.
 */
export function batchCsv(batch: CsvBatch, rows: CsvRow[]): string {
  const header = ["code", "link", "prefix", "role", "max_uses", "expires_at_utc", "note"];
  const expiresAt = new Date(batch.expiresAt).toISOString();
  const lines = rows.map((row) => [row.display, row.link, row.prefix, batch.role, batch.maxUses, expiresAt, batch.note ?? ""].map(cell).join(","));
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}
