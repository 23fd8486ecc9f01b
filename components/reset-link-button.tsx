"use client";

import { KeyRound } from "lucide-react";
import { useActionState } from "react";
import { issueResetLinkAction } from "@/app/(admin)/admin/users/[id]/reset/actions";
import { FormStatus } from "./form-status";
import { LocalTime } from "./local-time";
import { SecretReveal } from "./secret-reveal";
import { Button } from "./ui/button";

/** Issues a one-hour, single-use password-reset link for a user and shows it once, for the admin to hand over. */
export function ResetLinkButton({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(issueResetLinkAction, null);
  if (state?.ok) {
    return (
      <SecretReveal
        title={`Password reset link for ${state.data.email}`}
        what="It is shown only now; only a fingerprint is stored. It works once, within an hour."
        noun="link"
        secrets={[{ id: "reset", value: state.data.url }]}
        details={
          <p className="text-sm text-muted-foreground">
            Valid until <LocalTime value={state.data.expiresAt} />.
          </p>
        }
        download={{ filename: "password-reset-link.txt", type: "text/plain;charset=utf-8", content: () => `${state.data.url}\n` }}
      />
    );
  }
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="userId" value={userId} />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} className="w-fit">
        <KeyRound aria-hidden /> {pending ? "Creating link…" : "Create password-reset link"}
      </Button>
    </form>
  );
}
