import { parseQuery } from "@/lib/api/parse-request";
import { withSession } from "@/lib/api/with-session";
import { csvResponse } from "@/lib/exports/csv-response";
import { exportRedemptions, REDEMPTION_COLUMNS } from "@/lib/exports/export-redemptions";
import { exportRedemptionsSchema } from "@/lib/validation/exports";

export const dynamic = "force-dynamic";

export const GET = withSession("GET /api/exports/redemptions", async (request) => {
  const query = await parseQuery(request, exportRedemptionsSchema);
  if (!query.ok) return query.response;
  return csvResponse("redemptions", REDEMPTION_COLUMNS, exportRedemptions(query.data));
});
