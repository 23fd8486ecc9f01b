import { parseBody } from "@/lib/api/parse-request";
import { decisionResponse } from "@/lib/api/result-response";
import { withApiKey } from "@/lib/api/with-api-key";
import { rejectInviteRequests } from "@/lib/requests/invite-requests";
import { rejectRequestsSchema } from "@/lib/validation/requests";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("POST /api/v1/requests/{id}/reject", async (request, { actor, params }) => {
  const body = await parseBody(request, rejectRequestsSchema.omit({ ids: true }));
  if (!body.ok) return body.response;
  return decisionResponse(await rejectInviteRequests({ ...body.data, ids: [params.id] }, actor));
});
