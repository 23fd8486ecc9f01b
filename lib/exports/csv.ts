export type CsvValue = string | number | boolean | Date | null | undefined;

/** Rows per database round trip: memory stays bounded by one page whatever the export's length. */
export const EXPORT_PAGE_SIZE = 1_000;

// Spreadsheets run a cell that starts with one of these as a formula: user-typed text (notes, names) could.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: RFC 4180 quoting, and text that a spreadsheet would treat as a formula defused with a leading '. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
