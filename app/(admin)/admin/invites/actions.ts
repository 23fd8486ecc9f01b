"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { now } from "@/lib/clock";
import { revokeBatch } from "@/lib/invites/batches";
import { extendInvites, revokeInvites } from "@/lib/invites/change-invites";
import { resolveExpiry } from "@/lib/invites/resolve-expiry";
import { extendInvitesSchema, revokeBatchSchema, revokeInvitesSchema } from "@/lib/validation/invites";

// Each invite goes through the single-invite path, so ownership and the role ceiling are decided per invite.

export const revokeInvitesAction = createAction({ name: "revokeInvites", schema: revokeInvitesSchema }, async (input, { user }) => {
  const result = await revokeInvites({ ids: input.ids, reason: input.reason, actor: user });
  revalidatePath("/admin", "layout");
  return result;
});

export const extendInvitesAction = createAction({ name: "extendInvites", schema: extendInvitesSchema }, async (input, { user }) => {
  const result = await extendInvites({ ids: input.ids, expiresAt: resolveExpiry(input, now()), actor: user });
  revalidatePath("/admin", "layout");
  return result;
});

export const revokeBatchAction = createAction({ name: "revokeBatch", schema: revokeBatchSchema }, async (input, { user }) => {
  const result = await revokeBatch({ batchId: input.batchId, reason: input.reason, actor: user });
  revalidatePath("/admin", "layout");
  return result;
});
