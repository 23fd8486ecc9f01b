import { CircleAlert } from "lucide-react";
import { CodeEntryForm } from "@/components/code-entry-form";
import { RetryAfter } from "@/components/retry-after";
import { Card } from "@/components/ui/card";
import type { InvitePreview } from "@/lib/invites/preview-invite";

type Unavailable = Exclude<InvitePreview, { status: "active" }>;

const PAGES: Record<Exclude<Unavailable["status"], "typo" | "rate_limited">, { title: string; body: string }> = {
  invalid: { title: "This invite code does not exist", body: "Check the code against the one you were sent, or ask for a new invite." },
  expired: { title: "This invite has expired", body: "Ask the person who invited you for a new one." },
  exhausted: { title: "This invite has been used up", body: "It has been redeemed as many times as it allows. Ask for a new one." },
  revoked: { title: "This invite was withdrawn", body: "The person who made it, or an administrator, revoked it. Ask the person who invited you for a new one." },
};

/**
 * One clear page for each reason an invite cannot be redeemed, never a generic error. The code that failed is
 * shown back in the code form, as it came, so a typo can be corrected instead of retyped.
 */
export function InviteUnavailable({ preview, typed }: { preview: Unavailable; typed: string }) {
  const { title, body } =
    preview.status === "typo"
      ? { title: "This link looks damaged", body: `${preview.message} Links sometimes lose characters when they are copied: correct the code below.` }
      : preview.status === "rate_limited"
        ? { title: "Too many attempts", body: "Too many unknown invite codes were tried from your network." }
        : PAGES[preview.status];
  return (
    <div className="mx-auto grid w-full max-w-md gap-6">
      <div className="grid justify-items-center gap-2 text-center">
        <CircleAlert className="size-10 text-destructive" aria-hidden />
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="text-sm text-muted-foreground" role={preview.status === "typo" ? "alert" : undefined}>
          {body} {preview.status === "rate_limited" ? <RetryAfter seconds={preview.retryAfter} /> : null}
        </p>
      </div>
      <Card>
        <p className="text-sm">Have a different code, or a typo to fix? Type it in:</p>
        <CodeEntryForm defaultValue={typed} />
      </Card>
    </div>
  );
}
