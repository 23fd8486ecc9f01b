import { batchCsv, type CsvBatch, type CsvRow } from "@/lib/invites/batch-csv";

/** Saves the revealed batch as a CSV file straight from the browser's memory. */
export function downloadCsv(batch: CsvBatch & { batchId: string }, rows: CsvRow[]): void {
  const url = URL.createObjectURL(new Blob([batchCsv(batch, rows)], { type: "text/csv;charset=utf-8" }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = `invites-${batch.batchId.slice(0, 8)}.csv`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
