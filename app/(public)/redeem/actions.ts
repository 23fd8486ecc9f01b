"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { homeFor } from "@/lib/auth/policy";
import { startSession } from "@/lib/auth/session";
import { redeemInvite } from "@/lib/invites/redeem-invite";
import { redeemSchema } from "@/lib/validation/redeem";

export const redeemAction = createAction({ name: "redeem", schema: redeemSchema }, async (input, context) => {
  const result = await redeemInvite({ ...input, ip: context.ip, userAgent: context.userAgent });
  if (!result.ok) return { ok: false, error: result.error };
  await startSession(result.user);
  redirect(`${homeFor(result.user)}?welcome=1`);
});
