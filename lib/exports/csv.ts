/*
 * The one CSV writer, for server exports and for the batch file the browser builds (so nothing here may need
 * Node): RFC 4180 with every cell quoted, and one formula guard.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

/** Rows per database round trip: memory stays bounded by one page whatever the export's length. */
export const EXPORT_PAGE_SIZE = 1_000;

// Spreadsheets run a cell that starts with one of these as a formula: user-typed text (notes, names) could.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, always quoted; text a spreadsheet would treat as a formula is defused with a leading '. */
export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "string") text = FORMULA_START.test(value) ? `'${value}` : value;
  else text = String(value);
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
