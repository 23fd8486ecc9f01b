"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { PasswordField } from "@/components/password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  if (state?.ok) {
    return (
      <Alert variant="success" role="status">
        <CircleCheck aria-hidden />
        <p>
          Your password is changed and every session of {state.data.email} is signed out. <Link href="/login">Sign in</Link> with the new password.
        </p>
      </Alert>
    );
  }
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <PasswordField label="New password" error={fields.password} />
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
