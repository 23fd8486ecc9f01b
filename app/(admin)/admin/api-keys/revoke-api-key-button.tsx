"use client";

import { Ban } from "lucide-react";
import { ActionDialog } from "@/components/action-dialog";
import { Button } from "@/components/ui/button";
import { revokeApiKeyAction } from "./actions";

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  return (
    <ActionDialog
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive">
          <Ban aria-hidden /> Revoke…<span className="sr-only"> key {name}</span>
        </Button>
      }
      title={`Revoke the key “${name}”?`}
      description="Requests with it are refused at once. This cannot be undone."
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      destructive
      run={() => revokeApiKeyAction(null, { id })}
      success={() => `The key “${name}” is revoked.`}
    />
  );
}
