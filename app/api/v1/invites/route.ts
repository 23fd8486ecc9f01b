import { z } from "zod";
import { parseBody, parseQuery, parseValue } from "@/lib/api/parse-request";
import { resultResponse } from "@/lib/api/result-response";
import { withApiKey } from "@/lib/api/with-api-key";
import { createInviteBatch } from "@/lib/invites/create-invite-batch";
import { sendEmailInvites } from "@/lib/invites/create-email-invites";
import { listInvites } from "@/lib/invites/invite-queries";
import { apiEmailInvitesSchema, createInvitesSchema, listInvitesSchema } from "@/lib/validation/invites";

export const dynamic = "force-dynamic";

export const GET = withApiKey("GET /api/v1/invites", async (request, { actor }) => {
  const query = await parseQuery(request, listInvitesSchema);
  if (!query.ok) return query.response;
  return Response.json(await listInvites(query.data, actor));
});

export const POST = withApiKey("POST /api/v1/invites", async (request, { actor }) => {
  const raw = await parseBody(request, z.unknown());
  if (!raw.ok) return raw.response;
  if (raw.data && typeof raw.data === "object" && "emails" in raw.data) {
    const body = await parseValue(raw.data, apiEmailInvitesSchema);
    if (!body.ok) return body.response;
    return resultResponse(await sendEmailInvites(body.data, actor), 201);
  }
  const body = await parseValue(raw.data, createInvitesSchema);
  if (!body.ok) return body.response;
  // The API takes an exact expiry; the form's presets are the dashboard's convenience.
  return resultResponse(await createInviteBatch({ ...body.data, expiry: "custom" }, actor), 201);
});
