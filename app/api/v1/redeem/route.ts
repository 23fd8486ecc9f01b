import { readJsonObject } from "@/lib/api/parse-request";
import { redeemErrorResponse } from "@/lib/api/redeem-status";
import { withJsonErrors } from "@/lib/api/with-json-errors";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { contextFromHeaders } from "@/lib/request-context";

/** Public: `{ code, email, name, password }` → 201 `{ user }`, with the same checks and limits as the pages. */
export const POST = withJsonErrors("POST /api/v1/redeem", async (request: Request) => {
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  const { code, email, name, password } = body.data;
  const result = await redeemInvite({ code, email, name, password, ...contextFromHeaders(request.headers) });
  if (!result.ok) return redeemErrorResponse(result.error);
  const { user } = result.data;
  return Response.json({ user: { id: user.id, email: user.email, role: user.role } }, { status: 201 });
});
