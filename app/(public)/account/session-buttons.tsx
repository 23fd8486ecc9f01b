"use client";

import { LogOut } from "lucide-react";
import { useActionState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { endAllSessionsAction, endSessionAction } from "./actions";

/** Ends one other session of the signed-in person. */
export function EndSessionButton({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(endSessionAction, null);
  return (
    <form action={action} className="flex items-center justify-end gap-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        <LogOut aria-hidden /> {pending ? "Signing out…" : "Sign out"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

/** Ends every session of the signed-in person, this one included, after a confirmation. */
export function EndAllSessionsButton() {
  return (
    <ActionDialog
      trigger={
        <Button variant="outline" className="w-fit">
          Sign out everywhere…
        </Button>
      }
      title="Sign out on every device?"
      description="Every session ends, this one included. You sign in again here afterwards."
      confirmLabel="Yes, sign out everywhere"
      pendingLabel="Signing out…"
      destructive
      run={() => endAllSessionsAction(null, new FormData())}
      success={() => "You are signed out everywhere."}
    />
  );
}
