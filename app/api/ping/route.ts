/*
 * Does nothing, on purpose: the benchmark's reference for what the framework alone costs per request, beside
 * which it reports the invite check's throughput. Unlike /api/health it never touches the database.
 */
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain", "cache-control": "no-store" } });
}
