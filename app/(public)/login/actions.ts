"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { homeFor } from "@/lib/auth/policy";
import { signOut, startSession } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { ok } from "@/lib/result";
import { emptySchema, signInSchema } from "@/lib/validation/auth";

export const signInAction = createAction({ name: "signIn", schema: signInSchema }, async (input, context) => {
  const result = await signInWithPassword({ email: input.email, password: input.password, ip: context.ip, userAgent: context.userAgent });
  if (!result.ok) return result;
  await startSession(result.data);
  redirect(safeCallbackUrl(input.callbackUrl, env().NEXTAUTH_URL) ?? homeFor(result.data));
});

export const signOutAction = createAction({ name: "signOut", schema: emptySchema }, async () => {
  await signOut();
  redirect("/login?signedOut=1");
  return ok(null);
});
