"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { updateSettings } from "@/lib/settings/update-settings";
import { settingsFormSchema } from "@/lib/validation/settings";

export const updateSettingsAction = createAction({ name: "updateSettings", schema: settingsFormSchema }, async (input, { user, ip }) => {
  const result = await updateSettings({ actor: { ...user, ip }, change: input });
  revalidatePath("/admin/settings");
  return result;
});
