import "server-only";
import { jsonError } from "@/lib/api/json-error";
import { recordDenial } from "@/lib/audit/record-denial";
import { env } from "@/lib/env";
import { secretMatches } from "@/lib/secrets/hashed-secret";
import { metrics } from "./registry";

/**
 * The scrape endpoint exists only when METRICS_TOKEN is set (404 otherwise) and answers only to that bearer
 * token (401 otherwise), compared in constant time.
 */
export async function renderMetrics(authorization: string | null, ip: string | null): Promise<Response> {
  const token = env().METRICS_TOKEN;
  if (!token) return jsonError(404, "not_found", "Metrics are disabled: set METRICS_TOKEN to enable them.");
  const given = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "")?.[1] ?? "";
  if (!secretMatches(given, token)) {
    await recordDenial({ subject: null, ip, what: "GET /api/metrics", status: 401 });
    return jsonError(401, "unauthorized", "Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.", undefined, {
      "WWW-Authenticate": 'Bearer realm="metrics"',
    });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
