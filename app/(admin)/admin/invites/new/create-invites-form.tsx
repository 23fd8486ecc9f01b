"use client";

import { Loader2 } from "lucide-react";
import { useActionState, useState, type FormEvent } from "react";
import { ExpiryPicker } from "@/components/expiry-picker";
import { Field, FieldError } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ROLE_DESCRIPTION, ROLE_LABEL } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/generated/prisma/enums";
import { BATCH_LIMIT, createInvitesFormSchema, MAX_USES_LIMIT } from "@/lib/validation/invites";
import { useSchemaCheck } from "../../_components/use-schema-check";
import { createInvitesAction } from "./actions";
import { InviteReveal } from "./invite-reveal";

type Settings = Record<string, string>;

/**
 * The create form, and after success the one-time reveal in its place. The codes live only in this component's
 * state: leaving or reloading the page forgets them for good. "Create more" comes back to the form with the
 * settings just used, so the next batch is one click away.
 */
export function CreateInvitesForm({ roles, baseUrl }: { roles: Role[]; baseUrl: string }) {
  const [state, action, pending] = useActionState(createInvitesAction, null);
  const { clientErrors, onSubmit: check } = useSchemaCheck(createInvitesFormSchema);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const [settings, setSettings] = useState<Settings>({});
  const [count, setCount] = useState(1);
  const [role, setRole] = useState<Role>(roles.at(-1)!);

  if (state?.ok && dismissed !== state) {
    return <InviteReveal batch={state.data} baseUrl={baseUrl} onDone={() => setDismissed(state)} />;
  }
  const failed = state && !state.ok && dismissed !== state ? state : null;
  const values = failed?.values ?? settings;
  const fields = { ...(failed?.error.fields ?? {}), ...clientErrors };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Settings;
    setSettings(form);
    check(event);
  }

  return (
    <Card className="max-w-xl">
      <form action={action} onSubmit={onSubmit} className="grid gap-5" noValidate aria-busy={pending}>
        <FormStatus state={failed} />
        <div className="grid gap-1.5">
          <Label htmlFor="field-role">Role the invite grants</Label>
          <NativeSelect
            id="field-role"
            name="role"
            defaultValue={values.role ?? roles.at(-1)}
            onChange={(event) => setRole(event.target.value as Role)}
            aria-invalid={fields.role ? true : undefined}
            aria-describedby="field-role-hint"
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABEL[option]}
              </option>
            ))}
          </NativeSelect>
          <p id="field-role-hint" className="text-xs text-muted-foreground">
            {ROLE_DESCRIPTION[role]}
          </p>
          {fields.role ? <FieldError id="field-role-error">{fields.role}</FieldError> : null}
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            name="maxUses"
            label="Uses per invite"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_USES_LIMIT}
            required
            defaultValue={values.maxUses ?? "1"}
            hint={`How many accounts each code may create (1–${MAX_USES_LIMIT.toLocaleString("en")}).`}
            error={fields.maxUses}
          />
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
            hint={`1–${BATCH_LIMIT.toLocaleString("en")}; each gets its own code.`}
            error={fields.count}
          />
        </div>
        <ExpiryPicker label="Expires" defaultChoice={values.expiry ?? "7d"} defaultLocal={values.expiresAtLocal ?? ""} error={fields.expiresAt ?? fields.expiry} />
        <Field name="note" label="Note (optional)" maxLength={500} defaultValue={values.note ?? ""} hint="Who or what these invites are for. Visible to staff." error={fields.note} />
        <Field
          name="allowedDomains"
          label="Only for e-mail domains (optional)"
          defaultValue={values.allowedDomains ?? ""}
          placeholder="example.com, *.example.org"
          hint="Redemption with an address at any other domain is refused. *.example.org means its subdomains."
          error={fields.allowedDomains ?? fields["allowedDomains.0"]}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="needsApproval" defaultChecked={values.needsApproval === "on"} />
          Accounts need an administrator&apos;s approval before they can sign in
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? <Loader2 className="animate-spin" aria-hidden /> : null}
            {pending ? "Creating…" : "Create invites"}
          </Button>
          <span role="status" aria-live="polite" className="text-sm text-muted-foreground">
            {pending ? `Creating ${count.toLocaleString("en")} invite${count === 1 ? "" : "s"}… keep this page open.` : ""}
          </span>
        </div>
      </form>
    </Card>
  );
}
