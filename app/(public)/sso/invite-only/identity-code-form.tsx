"use client";

import { useActionState } from "react";
import { Field } from "@/components/field";
import { RedeemStatus } from "@/components/redeem-status";
import { Button } from "@/components/ui/button";
import { redeemWithIdentityAction } from "../actions";

export function IdentityCodeForm() {
  const [state, action, pending] = useActionState(redeemWithIdentityAction, null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      <RedeemStatus state={state} />
      <Field name="code" label="Invite code" autoComplete="off" required defaultValue={values.code} error={fields.code} />
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Creating your account…" : "Create my account"}
      </Button>
    </form>
  );
}
