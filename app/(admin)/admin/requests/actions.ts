"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { approveInviteRequests, rejectInviteRequests } from "@/lib/requests/invite-requests";
import { approvePendingUser, rejectPendingUser } from "@/lib/users/pending-users";
import { approveRequestsSchema, pendingUserSchema, rejectRequestsSchema } from "@/lib/validation/requests";

export const approveRequestsAction = createAction({ name: "approveRequests", schema: approveRequestsSchema }, async (input, { user, ip }) => {
  const result = await approveInviteRequests(input, { ...user, ip });
  revalidatePath("/admin/requests");
  return result;
});

export const rejectRequestsAction = createAction({ name: "rejectRequests", schema: rejectRequestsSchema }, async (input, { user, ip }) => {
  const result = await rejectInviteRequests(input, { ...user, ip });
  revalidatePath("/admin/requests");
  return result;
});

export const approveAccountAction = createAction({ name: "approveAccount", schema: pendingUserSchema }, async (input, { user, ip }) => {
  const result = await approvePendingUser(input, { ...user, ip });
  revalidatePath("/admin/requests");
  return result;
});

export const rejectAccountAction = createAction({ name: "rejectAccount", schema: pendingUserSchema }, async (input, { user, ip }) => {
  const result = await rejectPendingUser(input, { ...user, ip });
  revalidatePath("/admin/requests");
  return result;
});
