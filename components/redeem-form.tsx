"use client";

import { Loader2 } from "lucide-react";
import { useActionState, useState } from "react";
import { redeemAction } from "@/app/(public)/redeem/actions";
import { Field } from "./field";
import { PasswordField } from "./password-field";
import { RedeemStatus } from "./redeem-status";
import { Button } from "./ui/button";

/**
 * Name, e-mail and password for a new account, for the invite whose page this is. A server action posted as a
 * plain form, so it works without JavaScript; with it, errors appear without a reload and fields keep their values.
 */
export function RedeemForm({ code, boundEmail = null }: { code: string; boundEmail?: string | null }) {
  const [state, action, pending] = useActionState(redeemAction, null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const [name, setName] = useState(values.name ?? "");
  const [email, setEmail] = useState(values.email ?? "");
  return (
    <form action={action} className="grid gap-4" noValidate>
      <RedeemStatus state={state} />
      <input type="hidden" name="code" value={code} />
      <Field name="name" label="Your name" autoComplete="name" required defaultValue={values.name} onChange={(event) => setName(event.target.value)} error={fields.name} />
      <Field
        name="email"
        label="E-mail"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email ?? boundEmail ?? undefined}
        readOnly={boundEmail !== null}
        hint={boundEmail ? "This invite was sent to this address and only works with it." : undefined}
        onChange={(event) => setEmail(event.target.value)}
        error={fields.email}
      />
      <PasswordField error={fields.password} userInputs={[name, email, ...email.split("@")]} />
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
