"use client";

import { useActionState, useState } from "react";
import { Field } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import type { Role } from "@/lib/generated/prisma/client";
import { BATCH_LIMIT, createInvitesFormSchema, MAX_USES_LIMIT } from "@/lib/validation/invites";
import { ExpiryPicker } from "../../_components/expiry-picker";
import { RoleSelect } from "../../_components/role-select";
import { useSchemaCheck } from "../../_components/use-schema-check";
import { createInvitesAction } from "./actions";
import { InviteReveal } from "./invite-reveal";

/**
 * The create form, and after success the one-time reveal in its place. The codes live only in this
 * component's state: leaving or reloading the page forgets them for good.
 */
export function CreateInvitesForm({ roles, baseUrl }: { roles: Role[]; baseUrl: string }) {
  const [state, action, pending] = useActionState(createInvitesAction, null);
  const { clientErrors, onSubmit } = useSchemaCheck(createInvitesFormSchema);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const [count, setCount] = useState(1);

  if (state?.ok && dismissed !== state) {
    return <InviteReveal batch={state.data} baseUrl={baseUrl} onDone={() => setDismissed(state)} />;
  }
  const failed = state && !state.ok && dismissed !== state ? state : null;
  const values = failed?.values ?? {};
  const fields = { ...(failed?.error.fields ?? {}), ...clientErrors };
  return (
    <form action={action} onSubmit={onSubmit} className="card stack narrow-form" noValidate aria-busy={pending}>
      <FormStatus state={failed} />
      <RoleSelect id="field-role" label="Role the invite grants" roles={roles} defaultValue={values.role ?? roles.at(-1)} error={fields.role} />
      <Field
        name="maxUses"
        label="Uses per invite"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_USES_LIMIT}
        required
        defaultValue={values.maxUses ?? "1"}
        hint={`How many accounts each code may create, 1 to ${MAX_USES_LIMIT.toLocaleString("en")}.`}
        error={fields.maxUses}
      />
      <ExpiryPicker label="Expires" defaultChoice={values.expiry ?? "7d"} defaultLocal={values.expiresAtLocal ?? ""} error={fields.expiresAt ?? fields.expiry} />
      <Field name="note" label="Note (optional)" maxLength={500} defaultValue={values.note ?? ""} hint="Who or what these invites are for. Visible to staff." error={fields.note} />
      <Field
        name="count"
        label="How many invites"
        type="number"
        inputMode="numeric"
        min={1}
        max={BATCH_LIMIT}
        required
        defaultValue={values.count ?? "1"}
        onChange={(event) => setCount(Number(event.target.value) || 1)}
        hint={`1 to ${BATCH_LIMIT.toLocaleString("en")}; each gets its own code.`}
        error={fields.count}
      />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create invites"}
      </button>
      <div role="status" aria-live="polite">
        {pending ? (
          <div className="progress">
            <progress aria-label="Creating invites" />
            <span>
              Creating {count.toLocaleString("en")} invite{count === 1 ? "" : "s"}… keep this page open.
            </span>
          </div>
        ) : null}
      </div>
    </form>
  );
}
