import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { RedeemForm } from "@/components/redeem-form";
import { getCurrentUser } from "@/lib/auth/session";
import { previewInvite } from "@/lib/invites/preview-invite";
import { requestContext } from "@/lib/request-context";
import { InviteUnavailable } from "./invite-unavailable";

// The code is in this page's URL: never send it to another site as a referrer. Not "no-referrer", though:
// with it the browser sends `Origin: null` on the no-JavaScript form post, and Next refuses the action as CSRF.
export const metadata: Metadata = { title: "Your invitation", referrer: "same-origin" };

export default async function InvitePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [preview, user] = await Promise.all([previewInvite(code, (await requestContext()).ip), getCurrentUser()]);
  if (preview.status !== "active") return <InviteUnavailable preview={preview} />;
  return (
    <div className="narrow stack">
      <h1>You are invited</h1>
      <p>
        This invite creates a <strong>{preview.role}</strong> account. It is valid until <LocalTime value={preview.expiresAt} />
        {preview.maxUses > 1 ? `, and can be used ${preview.usesLeft} more ${preview.usesLeft === 1 ? "time" : "times"}` : ""}.
      </p>
      {user ? (
        <p className="alert warning" role="status">
          You are signed in as {user.name} ({user.email}). Creating an account here signs you in as the new account instead.
        </p>
      ) : null}
      <RedeemForm code={preview.code} />
    </div>
  );
}
