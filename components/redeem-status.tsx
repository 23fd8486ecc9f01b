import Link from "next/link";
import type { ActionState } from "@/lib/action";
import { RetryAfter } from "./retry-after";

/** The outcome of a redeem attempt, with the one next step each failure calls for. */
export function RedeemStatus({ state }: { state: ActionState<unknown> }) {
  if (!state || state.ok) return null;
  const { code, message, retryAfter } = state.error;
  return (
    <div className="alert error" role="alert">
      <p className="flush">{message}</p>
      {code === "email_taken" ? (
        <p className="flush">
          <Link href="/login">Sign in with that e-mail address</Link>. Your invite has not been used.
        </p>
      ) : null}
      {code === "rate_limited" && retryAfter ? (
        <p className="flush">
          <RetryAfter seconds={retryAfter} />
        </p>
      ) : null}
    </div>
  );
}
