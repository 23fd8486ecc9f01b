"use client";

import { Ban } from "lucide-react";
import { ActionDialog } from "@/components/action-dialog";
import { FieldError } from "@/components/field";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { revokeBatchAction } from "../invites/actions";

export function RevokeBatchButton({ batchId, live }: { batchId: string; live: number }) {
  return (
    <ActionDialog
      trigger={
        <Button variant="outline" size="sm">
          <Ban aria-hidden /> Revoke batch…
        </Button>
      }
      title="Revoke this whole batch?"
      description={`The ${live.toLocaleString("en")} invite${live === 1 ? "" : "s"} not yet revoked stop working at once. Accounts already made with them stay.`}
      confirmLabel="Revoke batch"
      pendingLabel="Revoking…"
      destructive
      run={(form) => revokeBatchAction(null, { batchId, reason: String(form.get("reason") ?? "") || undefined })}
      success={(outcome) => `Revoked ${outcome.changed} invite${outcome.changed === 1 ? "" : "s"} of the batch${outcome.skipped.length ? `; ${outcome.skipped.length} left as they were` : ""}.`}
    >
      {(fields) => (
        <div className="grid gap-1.5">
          <Label htmlFor="batch-reason">Reason (optional)</Label>
          <Textarea id="batch-reason" name="reason" maxLength={500} aria-invalid={fields.reason ? true : undefined} />
          {fields.reason ? <FieldError id="batch-reason-error">{fields.reason}</FieldError> : null}
        </div>
      )}
    </ActionDialog>
  );
}
