"use client";

import { useActionState } from "react";
import { unlinkIdentityAction } from "@/app/(public)/sso/actions";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";

/** Unlinks one provider from the signed-in account (the server refuses when it is the last way to sign in). */
export function UnlinkButton({ provider, name }: { provider: string; name: string }) {
  const [state, action, pending] = useActionState(unlinkIdentityAction, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="provider" value={provider} />
      <Button type="submit" variant="outline" size="sm" className="w-fit" disabled={pending}>
        {pending ? "Unlinking…" : `Unlink ${name}`}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
