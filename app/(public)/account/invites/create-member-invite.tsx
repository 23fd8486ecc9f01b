"use client";

import { useActionState } from "react";
import { CopyButton } from "@/components/copy-button";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { createMemberInviteAction } from "./actions";

/** One click makes one invite; its link is shown here once (only its hash is stored). */
export function CreateMemberInvite({ origin }: { origin: string }) {
  const [state, action, pending] = useActionState(createMemberInviteAction, null);
  const link = state?.ok ? `${origin}/invite/${state.data.code}` : null;
  return (
    <div className="grid gap-3">
      <FormStatus state={state} />
      {link && state?.ok ? (
        <div className="grid gap-2 rounded-md border p-3 text-sm" data-testid="member-invite-link">
          <p>Send this link to the person you invite. It is shown only now, works once, and is valid for a week.</p>
          <code className="break-all">{link}</code>
          <p className="text-muted-foreground">Code: {state.data.display}</p>
          <CopyButton text={link} label="Copy link" />
        </div>
      ) : null}
      <form action={action}>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create an invite"}
        </Button>
      </form>
    </div>
  );
}
