"use client";

import { useActionState } from "react";
import { CopyButton } from "@/components/copy-button";
import { Field } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";
import { createWebhookAction } from "./actions";

/** Registers an endpoint, then shows its signing secret once. */
export function CreateWebhookForm() {
  const [state, action, pending] = useActionState(createWebhookAction, null);
  const submit = (form: FormData) =>
    action({ url: String(form.get("url") ?? ""), description: String(form.get("description") ?? ""), events: form.getAll("events").map(String) });
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  return (
    <Card className="grid max-w-xl gap-4 p-6">
      <h2 className="text-lg font-semibold">New endpoint</h2>
      <form action={submit} className="grid gap-4" noValidate>
        <FormStatus state={state && !state.ok ? state : null} />
        <Field name="url" label="URL" type="url" required placeholder="https://example.com/webhooks/invites" error={fields.url} />
        <Field name="description" label="Description" hint="Optional: what receives these." error={fields.description} />
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Events</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events" value={event} defaultChecked={event === "invite.redeemed"} />
              <span className="font-mono">{event}</span>
            </label>
          ))}
          {fields.events ? <p className="text-sm text-destructive" role="alert">{fields.events}</p> : null}
        </fieldset>
        <Button type="submit" disabled={pending} className="w-fit">
          {pending ? "Registering…" : "Register endpoint"}
        </Button>
      </form>
      {state?.ok ? (
        <Alert variant="success" role="status">
          <AlertTitle>Endpoint registered. Copy its signing secret now: it is shown only once.</AlertTitle>
          <AlertDescription className="grid gap-2">
            <code className="break-all" data-testid="webhook-secret">{state.data.secret}</code>
            <CopyButton text={state.data.secret} label="Copy secret" />
            <span>Verify each request with a Standard Webhooks library and this secret.</span>
          </AlertDescription>
        </Alert>
      ) : null}
    </Card>
  );
}
