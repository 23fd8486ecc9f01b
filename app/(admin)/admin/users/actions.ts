"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { changeUserRole } from "@/lib/users/change-user-role";
import { disableBranch, setUserDisabled } from "@/lib/users/set-user-disabled";
import { changeUserRoleSchema, disableBranchSchema, setMemberInvitesSchema, setUserDisabledSchema } from "@/lib/validation/users";
import { setMemberInvites } from "@/lib/invites/member-invites";

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

export const disableBranchAction = createAction({ name: "disableBranch", schema: disableBranchSchema }, async (input, { user }) => {
  const result = await disableBranch({ id: input.id, descendants: input.descendants, actor: user });
  if (result.ok) revalidatePath("/admin/users");
  return result;
});

export const setMemberInvitesAction = createAction({ name: "setMemberInvites", schema: setMemberInvitesSchema }, async (input, { user }) => {
  const result = await setMemberInvites({ id: input.id, quota: input.quota, blocked: input.blocked, actor: user });
  if (result.ok) revalidatePath(`/admin/users/${input.id}`);
  return result;
});
