import { renderMetrics } from "@/lib/metrics/render-metrics";
import { contextFromHeaders } from "@/lib/request-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return renderMetrics(request.headers.get("authorization"), contextFromHeaders(request.headers).ip);
}
