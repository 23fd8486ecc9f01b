"use client";

import { useActionState } from "react";
import { Field } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required defaultValue={values.email} error={fields.email} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required error={fields.password} />
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
