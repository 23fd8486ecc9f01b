import { CircleAlert, CircleCheck } from "lucide-react";
import type { ActionState } from "@/lib/action";
import { Alert } from "./ui/alert";

/** The form-level outcome of an action, announced to screen readers. */
export function FormStatus<T>({ state, success }: { state: ActionState<T>; success?: string }) {
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <Alert variant="success" role="status">
        <CircleCheck aria-hidden />
        <p>{success}</p>
      </Alert>
    ) : null;
  }
  return (
    <Alert variant="destructive" role="alert">
      <CircleAlert aria-hidden />
      <p>{state.error.message}</p>
    </Alert>
  );
}
