import type { ActionState } from "@/lib/action";

/** The form-level outcome of an action, announced to screen readers. */
export function FormStatus<T>({ state, success }: { state: ActionState<T>; success?: string }) {
  if (!state) return null;
  if (state.ok) return success ? <p className="alert success" role="status">{success}</p> : null;
  return (
    <p className="alert error" role="alert">
      {state.error.message}
    </p>
  );
}
