"use client";

import { useActionState } from "react";
import { redeemIntoAccountAction } from "@/app/(public)/redeem/actions";
import { RedeemStatus } from "./redeem-status";
import { Button } from "./ui/button";

/** One button: use the invite with the account the visitor is signed in with (its role is raised, never lowered). */
export function RedeemIntoAccountForm({ code, label }: { code: string; label: string }) {
  const [state, action, pending] = useActionState(redeemIntoAccountAction, null);
  return (
    <form action={action} className="grid gap-3">
      <RedeemStatus state={state} />
      <input type="hidden" name="code" value={code} />
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Using the invite…" : label}
      </Button>
    </form>
  );
}
