import type { CreatedBatchSummary } from "@/lib/invites/create-invite-batch";

function cell(value: string | number): string {
  const text = String(value);
  // Quote every cell; a leading = + - @ is neutralised so a spreadsheet never runs a note as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The revealed batch as CSV, built and saved in the browser: the codes never exist as a file on the server. */
export function batchCsv(batch: CreatedBatchSummary, rows: { code: string; display: string; prefix: string; link: string }[]): string {
  const header = ["code", "link", "prefix", "role", "max_uses", "expires_at_utc", "note"];
  const lines = rows.map((row) =>
    [row.display, row.link, row.prefix, batch.role, batch.maxUses, new Date(batch.expiresAt).toISOString(), batch.note ?? ""].map(cell).join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}

export function downloadCsv(batch: CreatedBatchSummary, rows: Parameters<typeof batchCsv>[1]): void {
  const url = URL.createObjectURL(new Blob([batchCsv(batch, rows)], { type: "text/csv;charset=utf-8" }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = `invites-${batch.batchId.slice(0, 8)}.csv`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
