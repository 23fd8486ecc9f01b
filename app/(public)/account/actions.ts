"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { clearSessionCookie } from "@/lib/auth/session";
import { endOwnSession, signOutEverywhere } from "@/lib/sessions/sign-out";
import { changePassword } from "@/lib/users/change-password";
import { endSessionSchema } from "@/lib/validation/account";
import { changePasswordServerSchema } from "@/lib/validation/server-schemas";
import { emptySchema } from "@/lib/validation/auth";

export const changePasswordAction = createAction({ name: "changePassword", schema: changePasswordServerSchema }, async (input, { user }) => {
  const result = await changePassword({ actor: user, currentPassword: input.currentPassword, newPassword: input.newPassword });
  if (result.ok) revalidatePath("/account");
  return result;
});

export const endSessionAction = createAction({ name: "endSession", schema: endSessionSchema }, async (input, { user }) => {
  const result = await endOwnSession({ sessionId: input.sessionId, actor: user });
  if (result.ok) revalidatePath("/account");
  return result;
});

export const endAllSessionsAction = createAction({ name: "endAllSessions", schema: emptySchema }, async (_input, { user }) => {
  const result = await signOutEverywhere(user);
  if (!result.ok) return result;
  await clearSessionCookie();
  redirect("/login?signedOut=everywhere");
});
