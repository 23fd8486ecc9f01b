"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createInviteBatch } from "@/lib/invites/create-invite-batch";
import { createInvitesFormSchema } from "@/lib/validation/invites";

/** The codes travel back to the creator's browser in this response only; nothing else ever sees them. */
export const createInvitesAction = createAction(
  { name: "createInvites", schema: createInvitesFormSchema },
  async (input, { user }) => {
    const result = await createInviteBatch(input, user);
    if (result.ok) revalidatePath("/admin", "layout");
    return result;
  },
);
