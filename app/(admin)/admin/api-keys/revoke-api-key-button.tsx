"use client";

import { useActionState } from "react";
import { revokeApiKeyAction } from "./actions";

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(revokeApiKeyAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="danger" disabled={pending} aria-label={`Revoke key ${name}`}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {state && !state.ok ? (
        <span className="field-error" role="alert">
          {state.error.message}
        </span>
      ) : null}
    </form>
  );
}
