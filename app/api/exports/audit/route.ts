import { jsonError } from "@/lib/api/api-error";
import { parseQuery } from "@/lib/api/parse-request";
import { userWithRole } from "@/lib/auth/session";
import { csvResponse } from "@/lib/exports/csv-response";
import { AUDIT_COLUMNS, exportAudit } from "@/lib/exports/export-audit";
import { exportAuditSchema } from "@/lib/validation/exports";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await userWithRole(["ADMIN", "OPS"]);
  if (!user) return jsonError(403, "forbidden", "Exports are for ADMIN and OPS; sign in with such an account.");
  const query = parseQuery(request, exportAuditSchema);
  if (!query.ok) return query.response;
  return csvResponse("audit", AUDIT_COLUMNS, exportAudit(query.data));
}
