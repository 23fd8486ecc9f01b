"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createEmailInvites } from "@/lib/invites/create-email-invites";
import { parseRecipients } from "@/lib/invites/parse-recipients";
import { resolveExpiry } from "@/lib/invites/resolve-expiry";
import { now } from "@/lib/clock";
import { emailInvitesFormSchema } from "@/lib/validation/invites";

export const sendEmailInvitesAction = createAction({ name: "sendEmailInvites", schema: emailInvitesFormSchema }, async (input, { user, ip }) => {
  const { recipients, problems } = parseRecipients(input.addresses);
  const result = await createEmailInvites(
    { recipients, role: input.role, expiresAt: resolveExpiry(input, now()), message: input.message, note: input.note, needsApproval: input.needsApproval },
    { ...user, ip },
    problems,
  );
  revalidatePath("/admin/invites");
  return result;
});
