"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/validation/api-keys";

export const createApiKeyAction = createAction({ name: "createApiKey", schema: createApiKeySchema }, async (input, { user }) => {
  const result = await createApiKey(input, user);
  revalidatePath("/admin/api-keys");
  return result;
});

export const revokeApiKeyAction = createAction({ name: "revokeApiKey", schema: revokeApiKeySchema }, async (input, { user }) => {
  const result = await revokeApiKey(input.id, user);
  revalidatePath("/admin/api-keys");
  return result;
});
