import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db";
import { sessionCookie } from "@/tests/support/session-cookie";
import { median, percentile, round, timeMs } from "./measure";

export type Timed = { name: string; medianMs: number; p90Ms: number; runs: number; targetMs: number; status: number };
export type ExportRun = {
  rows: number;
  /** Whether every invite arrived before `maxSeconds`; if not, `projectedSeconds` extrapolates the rate. */
  complete: boolean;
  seconds: number;
  rowsPerSecond: number;
  projectedSeconds: number;
  bytes: number;
  targetSeconds: number;
  peakRssMb: number;
};

/** What ops do with a big database, over HTTP against the production build, each timed `runs` times. */
export async function benchDataScale(args: { baseUrl: string; runs: number; invites: number; exportMaxSeconds: number; peakRssMb: () => number }): Promise<{ pages: Timed[]; exportAll: ExportRun }> {
  const admin = await db.user.create({ data: { email: `bench-admin-${Date.now()}@bench.test`, name: "Bench Admin", passwordHash: "not-a-real-hash", role: "ADMIN" } });
  const cookie = await sessionCookie(admin);
  const key = await createApiKey({ name: "bench", scopes: ["invites:read", "stats:read"], expiresInDays: undefined }, { id: admin.id, role: "ADMIN" });
  if (!key.ok) throw new Error(`could not create the bench's API key: ${key.error.message}`);
  const bearer = `Bearer ${key.data.key}`;

  async function timed(name: string, path: string, targetMs: number, headers: Record<string, string>): Promise<Timed> {
    const fetchOnce = async () => {
      const response = await fetch(`${args.baseUrl}${path}`, { headers, redirect: "manual" });
      await response.arrayBuffer();
      return response.status;
    };
    const status = await fetchOnce();
    const times: number[] = [];
    for (let i = 0; i < args.runs; i++) times.push((await timeMs(fetchOnce)).ms);
    return { name, medianMs: round(median(times)), p90Ms: round(percentile(times, 90)), runs: args.runs, targetMs, status };
  }
  const page = (name: string, path: string, targetMs: number) => timed(name, path, targetMs, { cookie });
  const api = (name: string, path: string, targetMs: number) => timed(name, path, targetMs, { authorization: bearer });

  // A cursor twenty pages deep, as a client paging through the list would hold it.
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const response: Response = await fetch(`${args.baseUrl}/api/v1/invites?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { headers: { authorization: bearer } });
    cursor = ((await response.json()) as { nextCursor: string | null }).nextCursor;
    if (!cursor) break;
  }

  const pages = [
    await page("/admin (dashboard)", "/admin", 100),
    await page("/admin/invites, first page", "/admin/invites", 100),
    await api("GET /api/v1/invites, page 21", `/api/v1/invites?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, 100),
    await page("/admin/invites?q=seed batch 4242", "/admin/invites?q=seed%20batch%204242", 100),
    await page("/admin/users", "/admin/users", 100),
  ];
  for (const range of ["7d", "30d", "90d"]) {
    pages.push(await page(`/admin/stats ${range}`, `/admin/stats?range=${range}&tz=UTC`, 200));
    pages.push(await api(`GET /api/v1/stats ${range}`, `/api/v1/stats?range=${range}&tz=UTC`, 200));
  }

  // The whole table, read as a browser would; a slow export is cut off and its rate extrapolated.
  const started = performance.now();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), args.exportMaxSeconds * 1000);
  let bytes = 0;
  let rows = -1;
  let complete = true;
  try {
    const response = await fetch(`${args.baseUrl}/api/exports/invites`, { headers: { cookie }, signal: abort.signal });
    if (response.status !== 200) throw new Error(`the invites export answered ${response.status}`);
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 10) rows++;
    }
  } catch (error) {
    if (!abort.signal.aborted) throw error;
    complete = false;
  } finally {
    clearTimeout(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  const rowsPerSecond = Math.round(rows / seconds);
  return {
    pages,
    exportAll: {
      rows,
      complete,
      seconds: round(seconds),
      rowsPerSecond,
      projectedSeconds: complete ? round(seconds) : round(args.invites / Math.max(1, rowsPerSecond)),
      bytes,
      targetSeconds: 30,
      peakRssMb: round(args.peakRssMb()),
    },
  };
}
