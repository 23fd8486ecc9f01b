import { CircleAlert } from "lucide-react";
import Link from "next/link";
import type { ActionState } from "@/lib/action";
import { RetryAfter } from "./retry-after";
import { Alert } from "./ui/alert";

/** The outcome of a redeem attempt, with the one next step each failure calls for. */
export function RedeemStatus({ state }: { state: ActionState<unknown> }) {
  if (!state || state.ok) return null;
  const { code, message, retryAfter } = state.error;
  return (
    <Alert variant="destructive" role="alert">
      <CircleAlert aria-hidden />
      <p>{message}</p>
      {code === "email_taken" ? (
        <p>
          <Link href="/login">Sign in with that e-mail address</Link>. Your invite has not been used.
        </p>
      ) : null}
      {code === "rate_limited" && retryAfter ? (
        <p>
          <RetryAfter seconds={retryAfter} />
        </p>
      ) : null}
    </Alert>
  );
}
