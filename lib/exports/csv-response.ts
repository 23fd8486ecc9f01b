import "server-only";
import { now } from "@/lib/clock";
import { log } from "@/lib/log";
import { csvLine, type CsvValue } from "./csv";

export type CsvPages = AsyncGenerator<CsvValue[][], void, undefined>;

/**
 * A CSV body that pulls one page from the generator only when the reader wants more: a slow client slows the
 * queries down instead of filling memory, and a client that hangs up stops them.
 */
export function csvStream(header: readonly string[], pages: CsvPages, name = "export"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(csvLine(header)));
          return;
        }
        try {
          const next = await pages.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
        } catch (error) {
          log.error("csv export failed", { export: name, error });
          controller.error(error);
        }
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

export function csvResponse(name: string, header: readonly string[], pages: CsvPages): Response {
  const filename = `${name}-${now().toISOString().slice(0, 10)}.csv`;
  return new Response(csvStream(header, pages, name), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
