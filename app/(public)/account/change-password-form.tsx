"use client";

import { useActionState } from "react";
import { Field } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { PASSWORD_MIN } from "@/lib/validation/password-rules";
import { changePasswordAction } from "./actions";

/** Current password, then the new one; other sessions end when it is changed. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const success = state?.ok
    ? `Your password is changed.${state.data.endedSessions > 0 ? ` ${state.data.endedSessions} other session${state.data.endedSessions === 1 ? " was" : "s were"} signed out.` : ""}`
    : undefined;
  return (
    <form action={action} className="grid gap-4" noValidate key={state?.ok ? "done" : "form"}>
      <FormStatus state={state} success={success} />
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" required error={fields.currentPassword} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters, and not a commonly used password.`}
        error={fields.newPassword}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
