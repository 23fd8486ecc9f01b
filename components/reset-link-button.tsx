"use client";

import { useActionState } from "react";
import { issueResetLinkAction } from "@/app/(admin)/admin/users/[id]/reset/actions";
import { FormStatus } from "./form-status";
import { LocalTime } from "./local-time";

/** Issues a one-hour, single-use password-reset link for a user and shows it once, for the admin to hand over. */
export function ResetLinkButton({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(issueResetLinkAction, null);
  return (
    <div className="stack">
      <form action={action}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? "Creating link…" : "Create password-reset link"}
        </button>
      </form>
      <FormStatus state={state} />
      {state?.ok ? (
        <div className="alert success stack" role="status">
          <p>
            Reset link for {state.data.email}, valid until <LocalTime value={state.data.expiresAt} /> and usable once. It is shown only now.
          </p>
          <label htmlFor={`reset-link-${userId}`}>Reset link</label>
          <input id={`reset-link-${userId}`} className="code" readOnly value={state.data.url} onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
    </div>
  );
}
