"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { confirmInviteRequestAction } from "../../actions";

/** A button, not a confirmation on page load: mail scanners that open links must not confirm anything. */
export function ConfirmRequestForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(confirmInviteRequestAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="text-sm">
        Thank you: your address is confirmed and your request is waiting for an administrator. You will hear from us by e-mail.
      </p>
    );
  }
  return (
    <form action={action} className="grid gap-4">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Confirming…" : "Confirm my request"}
      </Button>
    </form>
  );
}
