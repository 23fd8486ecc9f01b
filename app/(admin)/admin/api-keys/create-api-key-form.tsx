"use client";

import { useActionState, useState } from "react";
import { Field, FieldError } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { SecretReveal } from "@/components/secret-reveal";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { API_SCOPES, MAX_KEY_DAYS } from "@/lib/validation/api-keys";
import { createApiKeyAction } from "./actions";

const SCOPE_HINTS: Record<(typeof API_SCOPES)[number], string> = {
  "stats:read": "read usage statistics (GET /api/v1/stats)",
  "invites:read": "list and read invites with their redemptions",
  "invites:write": "create, revoke, unrevoke and resend invites (also by e-mail)",
  "requests:read": "list invite requests",
  "requests:write": "approve and reject invite requests",
  "webhooks:manage": "list and register webhook endpoints, read their delivery logs",
};

/** The new-key form; a created key is shown once, through the one secret reveal, in the form's place. */
export function CreateApiKeyForm() {
  const [state, dispatch, pending] = useActionState(createApiKeyAction, null);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  // A checkbox group submits one entry per ticked box; the action's schema takes them as a list.
  const submit = (form: FormData) =>
    dispatch({ name: String(form.get("name") ?? ""), scopes: form.getAll("scopes").map(String), expiresInDays: String(form.get("expiresInDays") ?? "") });
  if (state?.ok && dismissed !== state) {
    return (
      <Card>
        <SecretReveal
          title={`Key “${state.data.name}” created`}
          what="It is shown only once and cannot be recovered: only a fingerprint is stored. If you lose it, revoke it and create another."
          noun="key"
          secrets={[{ id: "key", value: state.data.key }]}
          download={{ filename: `api-key-${state.data.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.txt`, type: "text/plain;charset=utf-8", content: () => `${state.data.key}\n` }}
          actions={() => (
            <Button type="button" variant="secondary" onClick={() => setDismissed(state)}>
              Done
            </Button>
          )}
        />
      </Card>
    );
  }
  return (
    <Card className="max-w-xl">
      <CardHeader>
        <CardTitle>New key</CardTitle>
      </CardHeader>
      <form action={submit} className="grid gap-4" noValidate>
        <FormStatus state={state && !state.ok ? state : null} />
        <Field name="name" label="Name" hint="What will use it, e.g. “CRM sync”." required defaultValue={values.name} error={fields.name} />
        <fieldset className="grid gap-2" aria-describedby={fields.scopes ? "scopes-error" : undefined}>
          <legend className="mb-1 text-sm font-medium">Scopes</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope.endsWith(":read") && scope !== "requests:read"} className="mt-0.5 accent-primary" />
              <span>
                <span className="font-mono">{scope}</span> <span className="text-muted-foreground">— {SCOPE_HINTS[scope]}</span>
              </span>
            </label>
          ))}
          {fields.scopes ? <FieldError id="scopes-error">{fields.scopes}</FieldError> : null}
        </fieldset>
        <Field
          name="expiresInDays"
          label="Expires after (days)"
          type="number"
          min={1}
          max={MAX_KEY_DAYS}
          hint="Leave empty for a key that does not expire."
          defaultValue={values.expiresInDays}
          error={fields.expiresInDays}
        />
        <Button type="submit" disabled={pending} className="w-fit">
          {pending ? "Creating…" : "Create key"}
        </Button>
      </form>
    </Card>
  );
}
