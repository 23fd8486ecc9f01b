"use client";

import { useActionState, type ReactNode } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/action";
import { cn } from "@/lib/utils";
import { FormStatus } from "./form-status";
import { Button } from "./ui/button";

type Props<T> = {
  action: (state: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "default" | "outline" | "destructive" | "secondary";
  size?: "default" | "sm";
  /** Said after success (a server page can pass only plain values here). */
  success?: string;
  /**
   * Where success is said: beside the form, or in a toast for a form in a row that the change takes off the page
   * (an approved account, a retried job), where a message beside it would vanish with it. A toast form needs
   * JavaScript, as the confirmation dialogs do: only a server action itself can be posted without it.
   */
  announce?: "inline" | "toast";
  className?: string;
  children?: ReactNode;
};

/**
 * A form bound to one server action: it submits without JavaScript too, says what went wrong (each field's
 * message listed under the form's), and what happened on success.
 */
export function ActionForm<T>({ action, submitLabel, pendingLabel, variant = "default", size = "default", success, announce = "inline", className, children }: Props<T>) {
  // The toast is raised when the action answers, before the re-rendered page can unmount this form.
  const announced = async (previous: ActionState<T>, form: FormData) => {
    const result = await action(previous, form);
    if (result?.ok && success) toast.success(success);
    return result;
  };
  const [state, dispatch, pending] = useActionState(announce === "toast" ? announced : action, null);
  const fields = state && !state.ok ? Object.entries(state.error.fields ?? {}) : [];
  return (
    <form action={dispatch} className={cn("grid gap-3", className)} aria-busy={pending}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={variant} size={size} disabled={pending}>
          {pending ? (pendingLabel ?? submitLabel) : submitLabel}
        </Button>
      </div>
      {state && !state.ok ? <FormStatus state={state} /> : null}
      {fields.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-destructive" role="alert">
          {fields.map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      ) : null}
      {state?.ok && success && announce === "inline" ? (
        <p className="text-sm text-success" role="status">
          {success}
        </p>
      ) : null}
    </form>
  );
}
