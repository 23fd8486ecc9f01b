import { jsonError } from "@/lib/api/json-error";
import { withApiKey } from "@/lib/api/with-api-key";
import { getInvite } from "@/lib/invites/invite-queries";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("GET /api/v1/invites/{id}", async (_request, { actor, params }) => {
  const found = await getInvite(params.id, actor);
  return found.status === "found" ? Response.json(found.invite) : jsonError(404, "not_found", "This invite does not exist.");
});
