"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { homeFor, safeCallbackUrl } from "@/lib/auth/home";
import { endSession, startSession } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ok } from "@/lib/result";
import { emptySchema, signInSchema } from "@/lib/validation/auth";

export const signInAction = createAction({ name: "signIn", schema: signInSchema, roles: "anyone" }, async (input, context) => {
  const result = await signInWithPassword({ email: input.email, password: input.password, ip: context.ip });
  if (!result.ok) return result;
  await startSession(result.data);
  redirect(safeCallbackUrl(input.callbackUrl) ?? homeFor(result.data.role));
});

export const signOutAction = createAction({ name: "signOut", schema: emptySchema, roles: "anyone" }, async (_input, context) => {
  if (context.user) await recordAuditEvent({ actorId: context.user.id, action: "auth.sign_out", ip: context.ip });
  await endSession();
  redirect("/login?signedOut=1");
  return ok(null);
});
