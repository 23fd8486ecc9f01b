import { CalendarClock, CircleAlert, Mail, Ticket } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { PausedNotice } from "@/components/paused-notice";
import { RedeemForm } from "@/components/redeem-form";
import { RedeemIntoAccountForm } from "@/components/redeem-into-account-form";
import { SsoButtons } from "@/components/sso-buttons";
import { Alert } from "@/components/ui/alert";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { raisedRole } from "@/lib/auth/policy";
import { ROLE_DESCRIPTION, roleLabel, withArticle } from "@/lib/auth/role-labels";
import { getCurrentUser } from "@/lib/auth/session";
import { ssoErrorMessage } from "@/lib/auth/sso-messages";
import { ssoProviders } from "@/lib/auth/sso-providers";
import { formatCode } from "@/lib/invites/code-format";
import { previewInvite } from "@/lib/invites/preview-invite";
import { requestContext } from "@/lib/request-context";
import { InviteUnavailable } from "./invite-unavailable";

// The code is in this page's URL: never send it to another site as a referrer. Not "no-referrer", though:
// with it the browser sends `Origin: null` on the no-JavaScript form post, and Next refuses the action as CSRF.
export const metadata: Metadata = { title: "Your invitation", referrer: "same-origin" };

export default async function InvitePage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ code }, { ssoError }] = await Promise.all([params, searchParams]);
  const [preview, user] = await Promise.all([previewInvite(code, (await requestContext()).ip), getCurrentUser()]);
  if (preview.status !== "active") return <InviteUnavailable preview={preview} typed={decodeURIComponent(code)} />;
  const providers = ssoProviders();
  const after = user ? raisedRole(user.role, preview.role) : null;
  return (
    <div className="mx-auto grid w-full max-w-md gap-6">
      <div className="grid gap-2 text-center">
        <p className="text-sm text-muted-foreground">
          {preview.inviter ? (
            <>
              <strong className="font-medium text-foreground">{preview.inviter}</strong> invited you
            </>
          ) : (
            "You have been invited"
          )}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Join as {withArticle(preview.role)}</h1>
        <p className="text-sm text-muted-foreground">{ROLE_DESCRIPTION[preview.role]}</p>
      </div>
      <ul className="grid gap-2 rounded-lg border bg-card p-4 text-sm" aria-label="About this invite">
        <li className="flex items-center gap-2">
          <Ticket className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          <span>
            Invite <span className="font-mono">{formatCode(preview.code).slice(0, 5)}…</span>
            {preview.maxUses > 1 ? `, ${preview.usesLeft} of ${preview.maxUses} uses left` : ""}
          </span>
        </li>
        <li className="flex items-center gap-2">
          <CalendarClock className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          <span>
            Valid until <LocalTime value={preview.expiresAt} /> (<LocalTime value={preview.expiresAt} relative />)
          </span>
        </li>
        {preview.allowedDomains.length > 0 ? (
          <li className="flex items-center gap-2">
            <Mail className="size-4 shrink-0 text-muted-foreground" aria-hidden />
            <span>Only for e-mail addresses at {preview.allowedDomains.join(", ")}</span>
          </li>
        ) : null}
      </ul>
      {preview.pause ? (
        <>
          <PausedNotice message={preview.pause.message} />
          <p className="text-center text-sm text-muted-foreground">This invite is still good: come back to this link once redemptions are open again.</p>
        </>
      ) : user ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle id="own-account-heading">Use it with your account</CardTitle>
              <CardDescription>
                You are signed in as {user.name} ({user.email}), {withArticle(user.role)}.{" "}
                {after === user.role ? "Your role stays as it is: an invite never lowers a role." : `Your role becomes ${roleLabel(after!)}.`}
              </CardDescription>
            </CardHeader>
            <RedeemIntoAccountForm code={preview.code} label="Use this invite with my account" />
          </Card>
          <Card>
            <CardHeader>
              <CardTitle id="new-account-heading">Or create a separate account</CardTitle>
              <CardDescription>Creating an account here signs you in as the new account instead.</CardDescription>
            </CardHeader>
            <RedeemForm code={preview.code} boundEmail={preview.boundEmail} />
          </Card>
        </>
      ) : (
        <>
          <Card>
            {ssoError ? (
              <Alert variant="destructive" role="alert">
                <CircleAlert aria-hidden />
                <p>{ssoErrorMessage(ssoError)}</p>
              </Alert>
            ) : null}
            <SsoButtons providers={providers} intent={{ kind: "invite", code: preview.code }} />
            {providers.length > 0 ? <p className="text-center text-xs text-muted-foreground">or create an account with a password</p> : null}
            <RedeemForm code={preview.code} boundEmail={preview.boundEmail} />
          </Card>
          <p className="text-center text-sm text-muted-foreground">
            Already have an account? <Link href={`/login?callbackUrl=${encodeURIComponent(`/invite/${preview.code}`)}`}>Sign in</Link>
          </p>
        </>
      )}
    </div>
  );
}
