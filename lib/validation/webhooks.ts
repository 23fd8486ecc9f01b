import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";
import { idSchema } from "./fields";
import { plainText } from "./text";

const webhookUrlSchema = z
  .string({ error: "Enter the URL that receives the webhooks." })
  .trim()
  .max(2000, { error: "A URL has at most 2000 characters." })
  .pipe(z.url({ protocol: /^https?$/, error: "Enter an http:// or https:// URL." }));

/** Forms send one checkbox per event (repeated field) or a comma list; the API sends an array. */
const eventsSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").map((item) => item.trim()).filter(Boolean) : value),
  z.array(z.enum(WEBHOOK_EVENTS, { error: `Events are ${WEBHOOK_EVENTS.join(", ")}.` })).min(1, { error: "Choose at least one event." }),
);

export const createWebhookSchema = z.object({
  url: webhookUrlSchema,
  events: eventsSchema,
  description: plainText(z.string().trim().max(200, { error: "A description has at most 200 characters." }), "line").optional().transform((value) => value || null),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z.object({
  id: idSchema,
  enabled: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean()).optional(),
  events: eventsSchema.optional(),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const webhookIdSchema = z.object({ id: idSchema });
export const deliveryIdSchema = z.object({ id: idSchema });
