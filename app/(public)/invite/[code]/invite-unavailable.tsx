import Link from "next/link";
import { RetryAfter } from "@/components/retry-after";
import type { InvitePreview } from "@/lib/invites/preview-invite";

type Unavailable = Exclude<InvitePreview, { status: "active" }>;

const PAGES: Record<Exclude<Unavailable["status"], "typo" | "rate_limited">, { title: string; body: string }> = {
  invalid: { title: "This invite code does not exist", body: "Check the link against the one you were sent, or ask for a new invite." },
  expired: { title: "This invite has expired", body: "Ask the person who invited you for a new one." },
  exhausted: { title: "This invite has been used up", body: "It has been redeemed as many times as it allows. Ask for a new one." },
  revoked: { title: "This invite was withdrawn", body: "An administrator revoked it. Ask the person who invited you for a new one." },
};

/** One clear page for each reason an invite cannot be redeemed, never a generic error. */
export function InviteUnavailable({ preview }: { preview: Unavailable }) {
  if (preview.status === "typo") {
    return (
      <div className="narrow stack">
        <h1>This link looks damaged</h1>
        <p className="alert error">{preview.message}</p>
        <p>
          Links sometimes lose characters when they are copied. <Link href="/redeem">Type the code in instead</Link>.
        </p>
      </div>
    );
  }
  if (preview.status === "rate_limited") {
    return (
      <div className="narrow stack">
        <h1>Too many attempts</h1>
        <p className="alert warning">
          Too many unknown invite codes were tried from your network. <RetryAfter seconds={preview.retryAfter} />
        </p>
      </div>
    );
  }
  const page = PAGES[preview.status];
  return (
    <div className="narrow stack">
      <h1>{page.title}</h1>
      <p>{page.body}</p>
      <p>
        Have a different code? <Link href="/redeem">Type it in</Link>.
      </p>
    </div>
  );
}
