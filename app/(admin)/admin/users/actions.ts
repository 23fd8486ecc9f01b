"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { changeUserRoleSchema, setUserDisabledSchema } from "@/lib/validation/users";

export const changeUserRoleAction = createAction({ name: "changeUserRole", schema: changeUserRoleSchema }, async (input, { user }) => {
  const result = await changeUserRole({ id: input.id, role: input.role, actor: user });
  if (result.ok) revalidatePath("/admin/users");
  return result;
});

export const setUserDisabledAction = createAction({ name: "setUserDisabled", schema: setUserDisabledSchema }, async (input, { user }) => {
  const result = await setUserDisabled({ id: input.id, disabled: input.disabled, actor: user });
  if (result.ok) revalidatePath("/admin/users");
  return result;
});
