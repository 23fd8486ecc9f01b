import { jsonError } from "@/lib/api/json-error";
import { withApiKey } from "@/lib/api/with-api-key";
import { idSchema } from "@/lib/validation/fields";
import { findWebhookEndpoint, listDeliveries } from "@/lib/webhooks/manage-endpoints";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("GET /api/v1/webhooks/{id}/deliveries", async (_request, { params }) => {
  const endpoint = idSchema.safeParse(params.id).success ? await findWebhookEndpoint(params.id) : null;
  if (!endpoint) return jsonError(404, "not_found", "This webhook endpoint does not exist.");
  return Response.json({ deliveries: await listDeliveries(endpoint.id) });
});
