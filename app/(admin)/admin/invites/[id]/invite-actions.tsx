"use client";

import { useActionState, useEffect, useState } from "react";
import { Field } from "@/components/field";
import type { ActionState } from "@/lib/action";
import { extendInviteSchema, revokeInviteSchema } from "@/lib/validation/invites";
import { ConfirmStep } from "../../_components/confirm-step";
import { ExpiryPicker } from "../../_components/expiry-picker";
import { useSchemaCheck } from "../../_components/use-schema-check";
import { extendInviteAction, revokeInviteAction, unrevokeInviteAction } from "./actions";

type Outcome = { ok: boolean; message: string } | null;

/** Reports the latest action's outcome in one announced place, which survives the controls changing below it. */
function useOutcome(state: ActionState<unknown>, success: string, report: (outcome: Outcome) => void, close: () => void) {
  // Once per result: the callbacks are recreated on every render but always do the same thing.
  useEffect(() => {
    if (!state) return;
    if (state.ok) close();
    report(state.ok ? { ok: true, message: success } : { ok: false, message: state.error.message });
  }, [state]);
}

function RevokeForm({ id, close, report }: { id: string; close: () => void; report: (outcome: Outcome) => void }) {
  const [state, action, pending] = useActionState(revokeInviteAction, null);
  const { clientErrors, onSubmit } = useSchemaCheck(revokeInviteSchema);
  useOutcome(state, "The invite is revoked: its link no longer works.", report, close);
  const values = state && !state.ok ? state.values : {};
  const fields = { ...(state && !state.ok ? state.error.fields ?? {} : {}), ...clientErrors };
  return (
    <form action={action} onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="id" value={id} />
      <Field name="reason" label="Reason (optional)" maxLength={500} defaultValue={values.reason ?? ""} hint="Recorded in the audit log and shown on this page." error={fields.reason} />
      <div className="row">
        <button type="submit" className="danger" disabled={pending}>
          {pending ? "Revoking…" : "Yes, revoke it"}
        </button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function UnrevokeForm({ id, close, report }: { id: string; close: () => void; report: (outcome: Outcome) => void }) {
  const [state, action, pending] = useActionState(unrevokeInviteAction, null);
  useOutcome(state, "The invite is live again (unless it has expired or is used up).", report, close);
  return (
    <form action={action} className="row">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending}>
        {pending ? "Restoring…" : "Yes, unrevoke it"}
      </button>
      <button type="button" className="secondary" onClick={close}>
        Cancel
      </button>
    </form>
  );
}

function ExtendForm({ id, close, report }: { id: string; close: () => void; report: (outcome: Outcome) => void }) {
  const [state, action, pending] = useActionState(extendInviteAction, null);
  const { clientErrors, onSubmit } = useSchemaCheck(extendInviteSchema);
  useOutcome(state, "The expiry is changed.", report, close);
  const values = state && !state.ok ? state.values : {};
  const fields = { ...(state && !state.ok ? state.error.fields ?? {} : {}), ...clientErrors };
  return (
    <form action={action} onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="id" value={id} />
      <ExpiryPicker label="New expiry" idPrefix="extend" defaultChoice={values.expiry ?? "7d"} defaultLocal={values.expiresAtLocal ?? ""} error={fields.expiresAt ?? fields.expiry} />
      <div className="row">
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Yes, change the expiry"}
        </button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Revoke, unrevoke and extend, each behind a confirmation step, with their result announced above them. */
export function InviteActions({ id, revoked }: { id: string; revoked: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <div className="stack">
      <div role="status" aria-live="polite">
        {outcome ? <p className={`alert ${outcome.ok ? "success" : "error"}`}>{outcome.message}</p> : null}
      </div>
      <div className="row actions">
        {revoked ? (
          <ConfirmStep trigger="Unrevoke…" question="Make this invite usable again?">
            {(close) => <UnrevokeForm id={id} close={close} report={setOutcome} />}
          </ConfirmStep>
        ) : (
          <ConfirmStep trigger="Revoke…" question="Revoke this invite? Its link stops working at once." danger>
            {(close) => <RevokeForm id={id} close={close} report={setOutcome} />}
          </ConfirmStep>
        )}
        <ConfirmStep trigger="Change expiry…" question="When should this invite expire?">
          {(close) => <ExtendForm id={id} close={close} report={setOutcome} />}
        </ConfirmStep>
      </div>
    </div>
  );
}
