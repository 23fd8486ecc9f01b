"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/field";
import type { ActionState } from "@/lib/action";
import { extendInviteSchema, revokeInviteSchema } from "@/lib/validation/invites";
import { ConfirmButtons, ConfirmStep } from "../../_components/confirm-step";
import { ExpiryPicker } from "../../_components/expiry-picker";
import { useSchemaCheck } from "../../_components/use-schema-check";
import { extendInviteAction, revokeInviteAction, unrevokeInviteAction } from "./actions";

type Form<T> = { state: ActionState<T>; action: (formData: FormData) => void; pending: boolean; id: string; close: () => void };

function failure<T>(state: ActionState<T>) {
  return state && !state.ok ? { values: state.values, fields: state.error.fields ?? {} } : { values: {}, fields: {} };
}

function RevokeForm({ state, action, pending, id, close }: Form<unknown>) {
  const { clientErrors, onSubmit } = useSchemaCheck(revokeInviteSchema);
  const { values, fields } = failure(state);
  return (
    <form action={action} onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="id" value={id} />
      <Field name="reason" label="Reason (optional)" maxLength={500} defaultValue={values.reason ?? ""} hint="Recorded in the audit log and shown on this page." error={clientErrors.reason ?? fields.reason} />
      <div className="row">
        <ConfirmButtons label="Yes, revoke it" pendingLabel="Revoking…" pending={pending} danger onCancel={close} />
      </div>
    </form>
  );
}

function UnrevokeForm({ action, pending, id, close }: Form<unknown>) {
  return (
    <form action={action} className="row">
      <input type="hidden" name="id" value={id} />
      <ConfirmButtons label="Yes, unrevoke it" pendingLabel="Restoring…" pending={pending} onCancel={close} />
    </form>
  );
}

function ExtendForm({ state, action, pending, id, close }: Form<unknown>) {
  const { clientErrors, onSubmit } = useSchemaCheck(extendInviteSchema);
  const { values, fields } = failure(state);
  return (
    <form action={action} onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="id" value={id} />
      <ExpiryPicker
        label="New expiry"
        idPrefix="extend"
        defaultChoice={values.expiry ?? "7d"}
        defaultLocal={values.expiresAtLocal ?? ""}
        error={clientErrors.expiresAt ?? fields.expiresAt ?? fields.expiry}
      />
      <div className="row">
        <ConfirmButtons label="Yes, change the expiry" pendingLabel="Saving…" pending={pending} onCancel={close} />
      </div>
    </form>
  );
}

type Outcome = { ok: boolean; message: string } | null;

function outcomeOf(state: ActionState<unknown>, success: string): Outcome {
  if (!state) return null;
  return state.ok ? { ok: true, message: success } : { ok: false, message: state.error.message };
}

/**
 * Revoke, unrevoke and extend, each behind a confirmation step. The action states live here, above the
 * controls, because a successful revoke swaps the revoke control for the unrevoke one; each confirmation is
 * keyed by what it changes, so it closes once the change has landed.
 */
export function InviteActions({
  id,
  revoked,
  expiresAt,
  may,
}: {
  id: string;
  revoked: boolean;
  expiresAt: string;
  /** The changes the policy allows this viewer on this invite; the server decides again on each. */
  may: { revoke: boolean; unrevoke: boolean; extend: boolean };
}) {
  const [revokeState, revoke, revoking] = useActionState(revokeInviteAction, null);
  const [unrevokeState, unrevoke, unrevoking] = useActionState(unrevokeInviteAction, null);
  const [extendState, extend, extending] = useActionState(extendInviteAction, null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  // The latest result of any of the three, announced and focused so keyboard users land on it.
  useEffect(() => setOutcome(outcomeOf(revokeState, "The invite is revoked: its link no longer works.")), [revokeState]);
  useEffect(
    () => setOutcome(outcomeOf(unrevokeState, "The invite is no longer revoked: its link works again unless it has expired or been used up.")),
    [unrevokeState],
  );
  useEffect(() => setOutcome(outcomeOf(extendState, "The expiry is changed.")), [extendState]);
  useEffect(() => ref.current?.focus(), [outcome]);
  return (
    <div className="stack">
      <div role="status" aria-live="polite">
        {outcome ? (
          <p ref={ref} tabIndex={-1} className={`alert ${outcome.ok ? "success" : "error"}`}>
            {outcome.message}
          </p>
        ) : null}
      </div>
      <div className="row actions">
        {revoked && may.unrevoke ? (
          <ConfirmStep key="unrevoke" trigger="Unrevoke…" question="Make this invite usable again?">
            {(close) => <UnrevokeForm state={unrevokeState} action={unrevoke} pending={unrevoking} id={id} close={close} />}
          </ConfirmStep>
        ) : null}
        {!revoked && may.revoke ? (
          <ConfirmStep key="revoke" trigger="Revoke…" question="Revoke this invite? Its link stops working at once." danger>
            {(close) => <RevokeForm state={revokeState} action={revoke} pending={revoking} id={id} close={close} />}
          </ConfirmStep>
        ) : null}
        {may.extend ? (
          <ConfirmStep key={expiresAt} trigger="Change expiry…" question="When should this invite expire?">
            {(close) => <ExtendForm state={extendState} action={extend} pending={extending} id={id} close={close} />}
          </ConfirmStep>
        ) : null}
      </div>
    </div>
  );
}
