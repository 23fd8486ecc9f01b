"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createWebhookSchema, deliveryIdSchema, updateWebhookSchema, webhookIdSchema } from "@/lib/validation/webhooks";
import { createWebhookEndpoint, deleteWebhookEndpoint, resendDelivery, updateWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";

export const createWebhookAction = createAction({ name: "createWebhook", schema: createWebhookSchema }, async (input, { user, ip }) => {
  const result = await createWebhookEndpoint(input, { ...user, ip });
  revalidatePath("/admin/webhooks");
  return result;
});

export const updateWebhookAction = createAction({ name: "updateWebhook", schema: updateWebhookSchema }, async (input, { user, ip }) => {
  const result = await updateWebhookEndpoint(input, { ...user, ip });
  revalidatePath("/admin/webhooks");
  return result;
});

export const deleteWebhookAction = createAction({ name: "deleteWebhook", schema: webhookIdSchema }, async (input, { user, ip }) => {
  const result = await deleteWebhookEndpoint(input, { ...user, ip });
  revalidatePath("/admin/webhooks");
  return result;
});

export const resendWebhookDeliveryAction = createAction({ name: "resendWebhookDelivery", schema: deliveryIdSchema }, async (input, { user, ip }) => {
  const result = await resendDelivery(input, { ...user, ip });
  revalidatePath("/admin/webhooks");
  return result;
});
