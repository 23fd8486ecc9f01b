"use client";

import { useActionState } from "react";
import { ConfirmButtons, ConfirmStep } from "@/app/(admin)/admin/_components/confirm-step";
import { FormStatus } from "@/components/form-status";
import { endAllSessionsAction, endSessionAction } from "./actions";

/** Ends one other session of the signed-in person. */
export function EndSessionButton({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(endSessionAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className="secondary small" disabled={pending}>
        {pending ? "Signing out…" : "Sign out"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

/** Ends every session of the signed-in person, this one included, after a confirmation. */
export function EndAllSessionsButton() {
  const [state, action, pending] = useActionState(endAllSessionsAction, null);
  return (
    <div className="stack">
      <FormStatus state={state} />
      <ConfirmStep trigger="Sign out everywhere…" question="Sign out on every device, this one included?" danger>
        {(close) => (
          <form action={action} className="row">
            <ConfirmButtons label="Yes, sign out everywhere" pendingLabel="Signing out…" pending={pending} danger onCancel={close} />
          </form>
        )}
      </ConfirmStep>
    </div>
  );
}
