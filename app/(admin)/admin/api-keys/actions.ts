"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { API_KEY_MANAGERS } from "@/lib/auth/dashboard-roles";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/validation/api-keys";

export const createApiKeyAction = createAction({ name: "createApiKey", schema: createApiKeySchema, roles: API_KEY_MANAGERS }, async (input, { user }) => {
  const result = await createApiKey(input, user);
  revalidatePath("/admin/api-keys");
  return result;
});

export const revokeApiKeyAction = createAction({ name: "revokeApiKey", schema: revokeApiKeySchema, roles: API_KEY_MANAGERS }, async (input, { user }) => {
  const result = await revokeApiKey(input.id, user);
  revalidatePath("/admin/api-keys");
  return result;
});
