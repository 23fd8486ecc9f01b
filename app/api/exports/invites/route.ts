import { parseQuery } from "@/lib/api/parse-request";
import { withSession } from "@/lib/api/with-session";
import { csvResponse } from "@/lib/exports/csv-response";
import { exportInvites, INVITE_COLUMNS } from "@/lib/exports/export-invites";
import { exportInvitesSchema } from "@/lib/validation/exports";

export const dynamic = "force-dynamic";

export const GET = withSession("GET /api/exports/invites", async (request, user) => {
  const query = await parseQuery(request, exportInvitesSchema);
  if (!query.ok) return query.response;
  return csvResponse("invites", INVITE_COLUMNS, exportInvites(query.data, user));
});
