"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { setMemberInvitesAction } from "./actions";

/** An ADMIN sets one person's member-invite quota (empty: the site's) or takes the privilege away. */
export function MemberInvitesForm({ user }: { user: { id: string; memberInviteQuota: number | null; memberInvitesBlocked: boolean } }) {
  const [state, action, pending] = useActionState(setMemberInvitesAction, null);
  const fields = state && !state.ok ? state.error.fields ?? {} : {};
  return (
    <form action={action} className="grid gap-3">
      <FormStatus state={state} success="Saved." />
      <input type="hidden" name="id" value={user.id} />
      <div className="grid gap-1.5">
        <Label htmlFor="member-invite-quota">Quota per 30 days</Label>
        <Input id="member-invite-quota" name="quota" inputMode="numeric" className="w-32" defaultValue={user.memberInviteQuota ?? ""} placeholder="Site's" aria-describedby={fields.quota ? "member-invite-quota-error" : undefined} />
        {fields.quota ? (
          <p id="member-invite-quota-error" className="text-sm text-destructive">
            {fields.quota}
          </p>
        ) : null}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="blocked" className="accent-primary" defaultChecked={user.memberInvitesBlocked} />
        Take away the privilege of inviting people
      </label>
      <Button type="submit" variant="secondary" className="w-fit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
