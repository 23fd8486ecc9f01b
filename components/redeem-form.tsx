"use client";

import { useActionState } from "react";
import { redeemAction } from "@/app/(public)/redeem/actions";
import { Field } from "./field";
import { PasswordField } from "./password-field";
import { RedeemStatus } from "./redeem-status";

/**
 * Name, e-mail and password for a new account, for the invite whose page this is. A server action posted as a
 * plain form, so it works without JavaScript; with it, errors appear without a reload and fields keep their values.
 */
export function RedeemForm({ code }: { code: string }) {
  const [state, action, pending] = useActionState(redeemAction, null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? state.error.fields ?? {} : {};
  return (
    <form action={action} className="card stack" noValidate>
      <RedeemStatus state={state} />
      <input type="hidden" name="code" value={code} />
      <Field name="name" label="Your name" autoComplete="name" required defaultValue={values.name} error={fields.name} />
      <Field name="email" label="E-mail" type="email" autoComplete="email" required defaultValue={values.email} error={fields.email} />
      <PasswordField error={fields.password} />
      <button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
