import { parseBody, parseQuery } from "@/lib/api/parse-request";
import { resultResponse } from "@/lib/api/result-response";
import { withApiKey } from "@/lib/api/with-api-key";
import { createInviteBatch } from "@/lib/invites/create-invite-batch";
import { listInvites } from "@/lib/invites/invite-queries";
import { createInvitesSchema, listInvitesSchema } from "@/lib/validation/invites";

export const dynamic = "force-dynamic";

export const GET = withApiKey("GET /api/v1/invites", async (request, { actor }) => {
  const query = parseQuery(request, listInvitesSchema);
  if (!query.ok) return query.response;
  return Response.json(await listInvites(query.data, actor));
});

export const POST = withApiKey("POST /api/v1/invites", async (request, { actor }) => {
  const body = await parseBody(request, createInvitesSchema);
  if (!body.ok) return body.response;
  // The API takes an exact expiry; the form's presets are the dashboard's convenience.
  return resultResponse(await createInviteBatch({ ...body.data, expiry: "custom" }, actor), 201);
});
