"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { homeFor } from "@/lib/auth/policy";
import { startSession } from "@/lib/auth/session";
import { redeemIntoAccount, redeemInvite } from "@/lib/invites/redeem-invite";
import { redeemIntoAccountSchema } from "@/lib/validation/redeem";
import { redeemServerSchema } from "@/lib/validation/server-schemas";

export const redeemAction = createAction({ name: "redeem", schema: redeemServerSchema }, async (input, context) => {
  const result = await redeemInvite({ ...input, ip: context.ip, userAgent: context.userAgent });
  if (!result.ok) return { ok: false, error: result.error };
  if (result.data.user.pendingApproval) redirect("/login?pending=1");
  await startSession(result.data.user);
  redirect(`${homeFor(result.data.user)}?welcome=1`);
});

export const redeemIntoAccountAction = createAction({ name: "redeemIntoAccount", schema: redeemIntoAccountSchema }, async (input, context) => {
  const result = await redeemIntoAccount({ code: input.code, userId: context.user.id, ip: context.ip, userAgent: context.userAgent });
  if (!result.ok) return { ok: false, error: result.error };
  redirect(`${homeFor(result.data.user)}?redeemed=1`);
});
