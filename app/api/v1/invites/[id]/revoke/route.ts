import { parseBody } from "@/lib/api/parse-request";
import { resultResponse } from "@/lib/api/result-response";
import { withApiKey } from "@/lib/api/with-api-key";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { revokeInviteBodySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("POST /api/v1/invites/{id}/revoke", async (request, { actor, params }) => {
  const body = await parseBody(request, revokeInviteBodySchema);
  if (!body.ok) return body.response;
  return resultResponse(await revokeInvite({ id: params.id, actor, reason: body.data.reason }));
});
