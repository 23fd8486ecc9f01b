"use client";

import { useActionState } from "react";
import { Field } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { API_SCOPES, MAX_KEY_DAYS } from "@/lib/validation/api-keys";
import { createApiKeyAction } from "./actions";

const SCOPE_HINTS: Record<(typeof API_SCOPES)[number], string> = {
  "stats:read": "read usage statistics (GET /api/v1/stats)",
  "invites:read": "list and read invites with their redemptions",
  "invites:write": "create, revoke and unrevoke invites",
};

export function CreateApiKeyForm() {
  const [state, dispatch, pending] = useActionState(createApiKeyAction, null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? state.error.fields ?? {} : {};
  // A checkbox group submits one entry per ticked box; the action's schema takes them as a list.
  const submit = (form: FormData) =>
    dispatch({ name: String(form.get("name") ?? ""), scopes: form.getAll("scopes").map(String), expiresInDays: String(form.get("expiresInDays") ?? "") });
  return (
    <div className="stack">
      <form action={submit} className="card stack" noValidate>
        <h2>New key</h2>
        <FormStatus state={state} />
        <Field name="name" label="Name" hint="What will use it, e.g. “CRM sync”." required defaultValue={values.name} error={fields.name} />
        <fieldset className="stack" aria-describedby={fields.scopes ? "scopes-error" : undefined}>
          <legend>Scopes</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="row">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope !== "invites:write"} />
              <span>
                <span className="code">{scope}</span> <span className="hint">— {SCOPE_HINTS[scope]}</span>
              </span>
            </label>
          ))}
          {fields.scopes ? (
            <span id="scopes-error" className="field-error" role="alert">
              {fields.scopes}
            </span>
          ) : null}
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
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </button>
      </form>
      {state?.ok ? (
        <div className="alert success stack" role="status">
          <p>
            Key <strong>{state.data.name}</strong> created. Copy it now: it is shown only once and cannot be recovered.
          </p>
          <label htmlFor="new-api-key">Your new API key</label>
          <input id="new-api-key" className="code" readOnly value={state.data.key} onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
    </div>
  );
}
