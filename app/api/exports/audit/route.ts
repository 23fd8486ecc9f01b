import { parseQuery } from "@/lib/api/parse-request";
import { withSession } from "@/lib/api/with-session";
import { csvResponse } from "@/lib/exports/csv-response";
import { AUDIT_COLUMNS, exportAudit } from "@/lib/exports/export-audit";
import { exportAuditSchema } from "@/lib/validation/exports";

export const dynamic = "force-dynamic";

export const GET = withSession("GET /api/exports/audit", async (request) => {
  const query = await parseQuery(request, exportAuditSchema);
  if (!query.ok) return query.response;
  return csvResponse("audit", AUDIT_COLUMNS, exportAudit(query.data));
});
