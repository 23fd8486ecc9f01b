"use client";

import { Ban, CalendarClock, RotateCcw } from "lucide-react";
import { ActionDialog } from "@/components/action-dialog";
import { ExpiryPicker } from "@/components/expiry-picker";
import { FieldError } from "@/components/field";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { extendInviteAction, revokeInviteAction, unrevokeInviteAction } from "./actions";

/** Revoke, unrevoke and change the expiry, each confirmed in a dialog and reported with a toast. */
export function InviteActions({
  id,
  revoked,
  may,
}: {
  id: string;
  revoked: boolean;
  /** The changes the policy allows this viewer on this invite; the server decides again on each. */
  may: { revoke: boolean; unrevoke: boolean; extend: boolean };
}) {
  return (
    <div className="flex flex-wrap gap-2">
      {revoked && may.unrevoke ? (
        <ActionDialog
          trigger={
            <Button variant="outline">
              <RotateCcw aria-hidden /> Unrevoke…
            </Button>
          }
          title="Make this invite usable again?"
          description="Its link works again, unless it has expired or been used up."
          confirmLabel="Yes, unrevoke it"
          pendingLabel="Restoring…"
          run={(form) => unrevokeInviteAction(null, form)}
          success={() => "The invite is no longer revoked: its link works again unless it has expired or been used up."}
        >
          {() => <input type="hidden" name="id" value={id} />}
        </ActionDialog>
      ) : null}
      {!revoked && may.revoke ? (
        <ActionDialog
          trigger={
            <Button variant="outline" className="text-destructive">
              <Ban aria-hidden /> Revoke…
            </Button>
          }
          title="Revoke this invite?"
          description="Its link stops working at once. Accounts already made with it stay."
          confirmLabel="Yes, revoke it"
          pendingLabel="Revoking…"
          destructive
          run={(form) => revokeInviteAction(null, form)}
          success={() => "The invite is revoked: its link no longer works."}
        >
          {(fields) => (
            <div className="grid gap-1.5">
              <input type="hidden" name="id" value={id} />
              <Label htmlFor="revoke-reason">Reason (optional)</Label>
              <Textarea id="revoke-reason" name="reason" maxLength={500} aria-describedby="revoke-reason-hint" aria-invalid={fields.reason ? true : undefined} />
              <p id="revoke-reason-hint" className="text-xs text-muted-foreground">
                Recorded in the audit log and shown on this page.
              </p>
              {fields.reason ? <FieldError id="revoke-reason-error">{fields.reason}</FieldError> : null}
            </div>
          )}
        </ActionDialog>
      ) : null}
      {may.extend ? (
        <ActionDialog
          trigger={
            <Button variant="outline">
              <CalendarClock aria-hidden /> Change expiry…
            </Button>
          }
          title="When should this invite expire?"
          description="The new expiry replaces the old one."
          confirmLabel="Yes, change the expiry"
          pendingLabel="Saving…"
          run={(form) => extendInviteAction(null, form)}
          success={() => "The expiry is changed."}
        >
          {(fields) => (
            <>
              <input type="hidden" name="id" value={id} />
              <ExpiryPicker label="New expiry" idPrefix="extend" error={fields.expiresAt ?? fields.expiry} />
            </>
          )}
        </ActionDialog>
      ) : null}
    </div>
  );
}
