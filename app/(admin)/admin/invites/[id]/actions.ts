"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { now } from "@/lib/clock";
import { extendInvite, revokeInvite, unrevokeInvite } from "@/lib/invites/manage-invite";
import { resendInvite } from "@/lib/invites/resend-invite";
import { resolveExpiry } from "@/lib/invites/resolve-expiry";
import { extendInviteSchema, inviteIdSchema, resendInviteSchema, revokeInviteSchema } from "@/lib/validation/invites";

// Ownership (EDITORs only their own invites) is enforced inside manage-invite, in the query itself.

export const revokeInviteAction = createAction({ name: "revokeInvite", schema: revokeInviteSchema }, async (input, { user }) => {
  const result = await revokeInvite({ id: input.id, reason: input.reason, actor: user });
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});

export const unrevokeInviteAction = createAction({ name: "unrevokeInvite", schema: inviteIdSchema }, async (input, { user }) => {
  const result = await unrevokeInvite({ id: input.id, actor: user });
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});

export const extendInviteAction = createAction({ name: "extendInvite", schema: extendInviteSchema }, async (input, { user }) => {
  const result = await extendInvite({ id: input.id, expiresAt: resolveExpiry(input, now()), actor: user });
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});

export const resendInviteAction = createAction({ name: "resendInvite", schema: resendInviteSchema }, async (input, { user, ip }) => {
  const result = await resendInvite(input, { ...user, ip });
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
});
