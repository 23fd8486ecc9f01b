"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { revokeInvite } from "@/lib/invites/manage-invite";
import { createMemberInvite } from "@/lib/invites/member-invites";
import { inviteIdSchema } from "@/lib/validation/invites";
import { createMemberInviteSchema } from "@/lib/validation/users";

export const createMemberInviteAction = createAction({ name: "createMemberInvite", schema: createMemberInviteSchema }, async (_input, { user }) => {
  const result = await createMemberInvite(user);
  if (result.ok) revalidatePath("/account/invites");
  return result;
});

export const revokeMemberInviteAction = createAction({ name: "revokeMemberInvite", schema: inviteIdSchema }, async (input, { user }) => {
  const result = await revokeInvite({ id: input.id, actor: user });
  if (result.ok) revalidatePath("/account/invites");
  return result;
});
