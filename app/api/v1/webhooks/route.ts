import { parseBody } from "@/lib/api/parse-request";
import { resultResponse } from "@/lib/api/result-response";
import { withApiKey } from "@/lib/api/with-api-key";
import { createWebhookSchema } from "@/lib/validation/webhooks";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/webhooks/manage-endpoints";

export const dynamic = "force-dynamic";

export const GET = withApiKey("GET /api/v1/webhooks", async () => Response.json({ webhooks: await listWebhookEndpoints() }));

export const POST = withApiKey("POST /api/v1/webhooks", async (request, { actor }) => {
  const body = await parseBody(request, createWebhookSchema);
  if (!body.ok) return body.response;
  return resultResponse(await createWebhookEndpoint(body.data, actor), 201);
});
