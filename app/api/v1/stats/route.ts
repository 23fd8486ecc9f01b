import { parseQuery } from "@/lib/api/parse-request";
import { withApiKey } from "@/lib/api/with-api-key";
import { statsReport } from "@/lib/stats/stats-report";
import { statsQueryServerSchema } from "@/lib/validation/server-schemas";

export const dynamic = "force-dynamic";

export const GET = withApiKey("GET /api/v1/stats", async (request) => {
  const query = await parseQuery(request, statsQueryServerSchema);
  if (!query.ok) return query.response;
  return Response.json(await statsReport(query.data));
});
