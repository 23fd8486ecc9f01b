"use client";

import { useActionState } from "react";
import { signOutAction } from "@/app/(public)/login/actions";

export function SignOutButton() {
  const [, action, pending] = useActionState(signOutAction, null);
  return (
    <form action={action}>
      <button className="secondary" type="submit" disabled={pending}>
        Sign out
      </button>
    </form>
  );
}
