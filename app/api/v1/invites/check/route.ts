import { parseBody } from "@/lib/api/parse-request";
import { redeemErrorResponse } from "@/lib/api/redeem-status";
import { withJsonErrors } from "@/lib/api/with-json-errors";
import { previewInvite } from "@/lib/invites/preview-invite";
import { redeemError } from "@/lib/invites/redeem-errors";
import { contextFromHeaders } from "@/lib/request-context";
import { checkInviteSchema } from "@/lib/validation/redeem";

/**
 * Public: `{ code }` → what the invite grants and whether it can be used now (a pause refuses every redemption,
 * so it is reported beside the invite's own state); errors as POST /api/v1/redeem's.
 */
export const POST = withJsonErrors("POST /api/v1/invites/check", async (request: Request) => {
  const body = await parseBody(request, checkInviteSchema);
  if (!body.ok) return body.response;
  const preview = await previewInvite(body.data.code, contextFromHeaders(request.headers).ip);
  switch (preview.status) {
    case "typo":
      return redeemErrorResponse(redeemError("typo", { message: preview.message }));
    case "invalid":
      return redeemErrorResponse(redeemError("invalid"));
    case "rate_limited":
      return redeemErrorResponse(redeemError("rate_limited", { retryAfter: preview.retryAfter }));
    default:
      return Response.json({
        state: preview.status,
        role: preview.role,
        expiresAt: preview.expiresAt,
        maxUses: preview.maxUses,
        usesLeft: preview.usesLeft,
        paused: preview.pause !== null,
        pauseMessage: preview.pause?.message ?? null,
      });
  }
});
