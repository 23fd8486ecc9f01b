"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { changeUserRoleSchema, setUserDisabledSchema } from "@/lib/validation/users";
import { USER_MANAGERS } from "@/lib/auth/dashboard-roles";

export const changeUserRoleAction = createAction({ name: "changeUserRole", schema: changeUserRoleSchema, roles: USER_MANAGERS }, async (input, { user }) => {
  const result = await changeUserRole({ id: input.id, role: input.role, actor: user });
  if (result.ok) revalidatePath("/admin/users");
  return result;
});

export const setUserDisabledAction = createAction({ name: "setUserDisabled", schema: setUserDisabledSchema, roles: USER_MANAGERS }, async (input, { user }) => {
  const result = await setUserDisabled({ id: input.id, disabled: input.disabled, actor: user });
  if (result.ok) revalidatePath("/admin/users");
  return result;
});
