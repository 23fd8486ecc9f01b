import { CircleAlert, CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { homeFor } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { ssoErrorMessage } from "@/lib/auth/sso-messages";
import { ssoProviders } from "@/lib/auth/sso-providers";
import { SsoButtons } from "@/components/sso-buttons";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const user = await getCurrentUser();
  if (user && !params.callbackUrl) redirect(homeFor(user));
  return (
    <div className="mx-auto grid w-full max-w-sm gap-6">
      <div className="grid gap-2 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-muted-foreground">Welcome back. Sign in with your e-mail address.</p>
      </div>
      {params.signedOut ? (
        <Alert variant="success" role="status">
          <CircleCheck aria-hidden />
          <p>{params.signedOut === "everywhere" ? "You are signed out on every device." : "You are signed out."}</p>
        </Alert>
      ) : null}
      {params.pending ? (
        <Alert variant="success" role="status">
          <CircleCheck aria-hidden />
          <p>Your account is created and waiting for an administrator&apos;s approval. You can sign in once it is approved; you will get an e-mail.</p>
        </Alert>
      ) : null}
      {params.error ? (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden />
          <p>{ssoErrorMessage(params.error)}</p>
        </Alert>
      ) : null}
      <Card>
        <SignInForm callbackUrl={params.callbackUrl} />
        <SsoButtons providers={ssoProviders()} intent={{ kind: "sign-in", callbackUrl: params.callbackUrl }} />
      </Card>
      <p className="text-center text-sm text-muted-foreground">
        No account yet? Accounts are by invitation: <Link href="/redeem">redeem your invite code</Link>, or <Link href="/request-invite">ask for an invite</Link>.
      </p>
    </div>
  );
}
