"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createMemberInvite } from "@/lib/invites/member-invites";
import { createMemberInviteSchema } from "@/lib/validation/users";

export const createMemberInviteAction = createAction({ name: "createMemberInvite", schema: createMemberInviteSchema }, async (_input, { user }) => {
  const result = await createMemberInvite(user);
  if (result.ok) revalidatePath("/account/invites");
  return result;
});
