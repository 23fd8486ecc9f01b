"use client";

import { useActionState, useRef } from "react";
import { ExpiryPicker } from "@/components/expiry-picker";
import { FieldError } from "@/components/field";
import { FormStatus } from "@/components/form-status";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import type { Role } from "@/lib/generated/prisma/enums";
import { sendEmailInvitesAction } from "./actions";

/**
 * Addresses pasted, or read from a CSV file (`email[,name][,role]`) into the same box so they can be checked
 * before sending. Each address gets its own invite; the result lists what was sent and what was refused, and why.
 */
export function EmailInvitesForm({ roles }: { roles: Role[] }) {
  const [state, action, pending] = useActionState(sendEmailInvitesAction, null);
  const addresses = useRef<HTMLTextAreaElement>(null);
  const values = state && !state.ok ? state.values : {};
  const fields = state && !state.ok ? (state.error.fields ?? {}) : {};
  const readCsv = async (file: File | undefined) => {
    if (!file || !addresses.current) return;
    const text = await file.text();
    addresses.current.value = [addresses.current.value.trim(), text.trim()].filter(Boolean).join("\n");
  };
  return (
    <div className="grid max-w-2xl gap-4">
      <Card className="p-6">
        <form action={action} className="grid gap-5" noValidate aria-busy={pending}>
          <FormStatus state={state && !state.ok ? state : null} />
          <div className="grid gap-1.5">
            <Label htmlFor="field-addresses">E-mail addresses</Label>
            <Textarea
              ref={addresses}
              id="field-addresses"
              name="addresses"
              rows={6}
              required
              defaultValue={values.addresses}
              placeholder={"ada@example.com\nbob@example.com,Bob,Editor"}
              aria-describedby="field-addresses-hint"
            />
            <p id="field-addresses-hint" className="text-xs text-muted-foreground">
              One per line (or separated by commas), or lines of <span className="font-mono">email,name,role</span>. Each address gets its own single-use invite that only it can redeem.
            </p>
            {fields.addresses ? <FieldError id="field-addresses-error">{fields.addresses}</FieldError> : null}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="field-csv">Or add a CSV file</Label>
            <Input id="field-csv" type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void readCsv(event.target.files?.[0])} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="field-role">Role, unless a line names one</Label>
            <NativeSelect id="field-role" name="role" defaultValue={values.role ?? roles.at(-1)}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <ExpiryPicker label="Expires" error={fields.expiresAt} />
          <div className="grid gap-1.5">
            <Label htmlFor="field-message">Personal message (optional)</Label>
            <Textarea id="field-message" name="message" rows={3} defaultValue={values.message} />
            {fields.message ? <FieldError id="field-message-error">{fields.message}</FieldError> : null}
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="needsApproval" defaultChecked={values.needsApproval === "on"} />
            Accounts need an administrator&apos;s approval before they can sign in
          </label>
          <Button type="submit" disabled={pending} className="w-fit">
            {pending ? "Sending…" : "Send invitations"}
          </Button>
        </form>
      </Card>
      {state?.ok ? (
        <Alert variant={state.data.refused.length + state.data.problems.length ? "warning" : "success"} role="status">
          <AlertTitle>
            {state.data.sent.length} invitation{state.data.sent.length === 1 ? "" : "s"} queued for sending.
          </AlertTitle>
          <AlertDescription>
            <ul className="list-disc pl-5">
              {state.data.sent.map((sent) => (
                <li key={sent.inviteId}>
                  <a className="underline" href={`/admin/invites/${sent.inviteId}`}>
                    {sent.email}
                  </a>{" "}
                  as {ROLE_LABEL[sent.role]}
                </li>
              ))}
              {state.data.refused.map((refused) => (
                <li key={refused.email}>
                  {refused.email}: not sent. {refused.error.message}
                </li>
              ))}
              {state.data.problems.map((problem) => (
                <li key={`${problem.line}-${problem.text}`}>
                  Line {problem.line}: {problem.message}
                </li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
