"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { PASSWORD_MIN } from "@/lib/validation/fields";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  if (state?.ok) {
    return (
      <p className="alert success" role="status">
        Your password is changed and every session of {state.data.email} is signed out. <Link href="/login">Sign in</Link> with the new password.
      </p>
    );
  }
  const fields = state && !state.ok ? state.error.fields ?? {} : {};
  return (
    <form action={action} className="card stack" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={fields.password}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
