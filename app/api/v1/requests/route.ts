import { parseQuery } from "@/lib/api/parse-request";
import { withApiKey } from "@/lib/api/with-api-key";
import { listInviteRequests } from "@/lib/requests/invite-requests";
import { listRequestsSchema } from "@/lib/validation/requests";

export const dynamic = "force-dynamic";

export const GET = withApiKey("GET /api/v1/requests", async (request) => {
  const query = await parseQuery(request, listRequestsSchema);
  if (!query.ok) return query.response;
  return Response.json({ requests: await listInviteRequests(query.data.status) });
});
