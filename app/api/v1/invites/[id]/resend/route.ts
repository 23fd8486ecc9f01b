import { resultResponse } from "@/lib/api/result-response";
import { withApiKey } from "@/lib/api/with-api-key";
import { resendInvite } from "@/lib/invites/resend-invite";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("POST /api/v1/invites/{id}/resend", async (_request, { actor, params }) =>
  resultResponse(await resendInvite({ id: params.id }, actor), 201),
);
