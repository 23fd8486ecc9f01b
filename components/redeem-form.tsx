"use client";

import { useActionState } from "react";
import { redeemAction } from "@/app/(public)/redeem/actions";
import { Field } from "./field";
import { FormStatus } from "./form-status";

/** Name, e-mail and password for a new account; the code comes from the link or the code field. */
export function RedeemForm({ code }: { code?: string }) {
  const [state, action, pending] = useActionState(redeemAction, null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? state.error.fields ?? {} : {};
  return (
    <form action={action} className="card stack" noValidate>
      <FormStatus state={state} />
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <Field name="code" label="Invite code" autoComplete="off" spellCheck={false} className="code" required defaultValue={values.code} error={fields.code} />
      )}
      <Field name="name" label="Your name" autoComplete="name" required defaultValue={values.name} error={fields.name} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required defaultValue={values.email} error={fields.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint="At least 12 characters."
        error={fields.password}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
