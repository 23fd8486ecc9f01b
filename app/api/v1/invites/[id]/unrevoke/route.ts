import { resultResponse } from "@/lib/api/result-response";
import { withApiKey } from "@/lib/api/with-api-key";
import { unrevokeInvite } from "@/lib/invites/manage-invite";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("POST /api/v1/invites/{id}/unrevoke", async (_request, { actor, params }) => {
  return resultResponse(await unrevokeInvite({ id: params.id, actor }));
});
