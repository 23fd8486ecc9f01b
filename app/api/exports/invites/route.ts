import { jsonError } from "@/lib/api/json-error";
import { parseQuery } from "@/lib/api/parse-request";
import { withJsonErrors } from "@/lib/api/with-json-errors";
import { STATS_READERS } from "@/lib/auth/dashboard-roles";
import { userWithRole } from "@/lib/auth/session";
import { csvResponse } from "@/lib/exports/csv-response";
import { exportInvites, INVITE_COLUMNS } from "@/lib/exports/export-invites";
import { exportInvitesSchema } from "@/lib/validation/exports";

export const dynamic = "force-dynamic";

export const GET = withJsonErrors("/api/exports/invites", async (request: Request) => {
  const user = await userWithRole(STATS_READERS);
  if (!user) return jsonError(403, "forbidden", "Exports are for ADMIN and OPS; sign in with such an account.");
  const query = parseQuery(request, exportInvitesSchema);
  if (!query.ok) return query.response;
  return csvResponse("invites", INVITE_COLUMNS, exportInvites(query.data, user));
});
