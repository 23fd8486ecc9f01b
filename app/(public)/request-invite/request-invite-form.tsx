"use client";

import { useActionState } from "react";
import { Field, FieldError } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { requestInviteAction } from "./actions";

export function RequestInviteForm() {
  const [state, action, pending] = useActionState(requestInviteAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="text-sm">
        {state.data.message}
      </p>
    );
  }
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  return (
    <form action={action} className="grid gap-4" noValidate aria-busy={pending}>
      <FormStatus state={state} />
      <Field name="name" label="Your name" autoComplete="name" required defaultValue={values.name} error={fields.name} />
      <Field name="email" label="E-mail address" type="email" autoComplete="email" required defaultValue={values.email} error={fields.email} />
      <div className="grid gap-1.5">
        <Label htmlFor="field-reason">Why would you like to join? (optional)</Label>
        <Textarea id="field-reason" name="reason" rows={4} defaultValue={values.reason} />
        {fields.reason ? <FieldError id="field-reason-error">{fields.reason}</FieldError> : null}
      </div>
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Sending…" : "Ask for an invite"}
      </Button>
    </form>
  );
}
