import { jsonError } from "@/lib/api/json-error";
import { readJsonBody } from "@/lib/api/read-json-body";
import { redeemErrorResponse } from "@/lib/api/redeem-status";
import { withJsonErrors } from "@/lib/api/with-json-errors";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { contextFromHeaders } from "@/lib/request-context";

/** Public: `{ code, email, name, password }` → 201 `{ user }`, with the same checks and limits as the pages. */
export const POST = withJsonErrors("POST /api/v1/redeem", async (request: Request) => {
  const body = await readJsonBody(request);
  if (!body) return jsonError(400, "validation", "The request body must be a JSON object: { code, email, name, password }.");
  const { code, email, name, password } = body;
  const result = await redeemInvite({ code, email, name, password, ...contextFromHeaders(request.headers) });
  if (!result.ok) return redeemErrorResponse(result.error);
  return Response.json({ user: { id: result.user.id, email: result.user.email, role: result.user.role } }, { status: 201 });
});
