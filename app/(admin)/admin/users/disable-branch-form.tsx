"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { disableBranchAction } from "./actions";

/**
 * "Disable branch": the account, and optionally everyone it brought in below it, disabled in one audited action
 * (their sessions end and the invites they created are revoked). A plain form: the checkbox is the choice.
 */
export function DisableBranchForm({ user, branchSize }: { user: { id: string }; branchSize: number }) {
  const [state, action, pending] = useActionState(disableBranchAction, null);
  const disabledCount = state?.ok ? state.data.disabled.length : 0;
  return (
    <form action={action} className="grid gap-3">
      <FormStatus state={state} success={`Disabled ${disabledCount} ${disabledCount === 1 ? "account" : "accounts"}.`} />
      <input type="hidden" name="id" value={user.id} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="descendants" className="accent-primary" defaultChecked={branchSize > 0} disabled={branchSize === 0} />
        Also disable every account below it in the invite tree ({branchSize})
      </label>
      {/* The page's title names the account; an address in a button cannot wrap and pushed phones sideways. */}
      <Button type="submit" variant="destructive" className="w-fit" disabled={pending}>
        {pending ? "Disabling…" : "Disable this account"}
      </Button>
    </form>
  );
}
