import { renderMetrics } from "@/lib/metrics/render-metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return renderMetrics(request.headers.get("authorization"));
}
