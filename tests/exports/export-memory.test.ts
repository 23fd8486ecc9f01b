import v8 from "node:v8";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { csvLine } from "@/lib/exports/csv";
import { csvStream } from "@/lib/exports/csv-response";
import { exportInvites, INVITE_COLUMNS } from "@/lib/exports/export-invites";
import { resetDatabase } from "../support/reset-database";

const ROWS = 100_000;
// The whole export is ~12 MB of CSV text and far more as row objects; a stream holds one page (5 000 rows).
const RETAINED_BOUND = 8 * 1024 * 1024;

// A garbage collection before each sample measures what the export keeps alive, not garbage awaiting collection.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

function retainedHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

beforeAll(async () => {
  await resetDatabase();
  await db.$executeRaw`
    INSERT INTO invites (code_hash, prefix, role, max_uses, uses, expires_at, note, created_at)
    SELECT sha256(convert_to('code-' || g, 'UTF8')), lpad((g % 10000)::text, 4, '0'), 'MEMBER', 2, g % 3,
           now() + interval '30 days', 'batch ' || (g % 50) || ', "quoted"', now() - g * interval '1 second'
    FROM generate_series(1, ${ROWS}) AS g`;
}, 120_000);

describe("streamed CSV export", () => {
  it(`exports ${ROWS} invites with bounded memory`, async () => {
    const stream = csvStream(INVITE_COLUMNS, exportInvites({}, { id: "00000000-0000-4000-8000-000000000000", role: "ADMIN" }));
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    const baseline = retainedHeap();
    let peak = 0;
    let lines = 0;
    let chunks = 0;
    let first = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value);
      if (!first) first = text.split("\r\n")[0]!;
      lines += text.split("\r\n").length - 1;
      if (++chunks % 25 === 0) peak = Math.max(peak, retainedHeap() - baseline);
    }
    expect(first).toBe(csvLine(INVITE_COLUMNS).trimEnd());
    expect(lines).toBe(ROWS + 1);
    console.log(`[export] ${ROWS} rows, ${chunks} chunks, peak retained heap growth ${(peak / 1048576).toFixed(1)} MB`);
    expect(peak).toBeLessThan(RETAINED_BOUND);
  }, 180_000);
});
