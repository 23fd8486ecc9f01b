"use client";

import { Trash2 } from "lucide-react";
import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import { deleteWebhookAction } from "./actions";

/** Deletes one endpoint after a confirmation: its deliveries and their log go with it, and nothing brings them back. */
export function DeleteWebhook({ id, url }: { id: string; url: string }) {
  return (
    <ActionDialog
      trigger={
        <Button variant="destructive" size="sm" aria-label={`Delete the endpoint ${url}…`}>
          <Trash2 aria-hidden /> Delete…
        </Button>
      }
      title="Delete this endpoint?"
      description={
        <>
          <span className="break-all">{url}</span> stops receiving events at once, and its delivery log is deleted with it. To stop it for a
          while instead, disable it.
        </>
      }
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      destructive
      run={(form) => deleteWebhookAction(null, form)}
      success={() => "The endpoint is deleted."}
    >
      {() => <input type="hidden" name="id" value={id} />}
    </ActionDialog>
  );
}
