"use client";

import { Ban } from "lucide-react";
import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import { revokeMemberInviteAction } from "./actions";

/** Revokes one of the person's own Member invites, confirmed in a dialog: for a link sent to the wrong person. */
export function RevokeMemberInvite({ id, prefix }: { id: string; prefix: string }) {
  return (
    <ActionDialog
      trigger={
        <Button variant="outline" size="sm" className="text-destructive" aria-label={`Revoke invite ${prefix}…`}>
          <Ban aria-hidden /> Revoke…
        </Button>
      }
      title="Revoke this invite?"
      description="Its link stops working at once. It still counts against your invites for the last 30 days."
      confirmLabel="Yes, revoke it"
      pendingLabel="Revoking…"
      destructive
      run={(form) => revokeMemberInviteAction(null, form)}
      success={() => "The invite is revoked: its link no longer works."}
    >
      {() => <input type="hidden" name="id" value={id} />}
    </ActionDialog>
  );
}
