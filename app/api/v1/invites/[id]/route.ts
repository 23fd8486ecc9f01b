import { jsonError } from "@/lib/api/json-error";
import { withApiKey } from "@/lib/api/with-api-key";
import { getInvite } from "@/lib/invites/invite-queries";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("/api/v1/invites/{id}", "invites:read", async (_request, { actor, params }) => {
  const invite = await getInvite(params.id, actor);
  return invite ? Response.json(invite) : jsonError(404, "not_found", "This invite does not exist.");
});
