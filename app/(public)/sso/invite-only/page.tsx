import type { Metadata } from "next";
import Link from "next/link";
import { pendingIdentity } from "@/lib/auth/sso-intent";
import { providerName } from "@/lib/auth/sso-providers";
import { Card } from "@/components/ui/card";
import { IdentityCodeForm } from "./identity-code-form";

export const metadata: Metadata = { title: "Invite only" };

/** Where an identity without an account lands: the same sign-in continues once an invite code is typed. */
export default async function InviteOnlyPage() {
  const identity = await pendingIdentity();
  if (!identity) {
    return (
      <div className="mx-auto grid w-full max-w-md gap-4 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">This site is invite-only</h1>
        <p className="text-sm text-muted-foreground">
          Your sign-in with the provider has expired. <Link href="/login">Start again</Link>, or <Link href="/redeem">redeem an invite code</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto grid w-full max-w-md gap-6">
      <h1 className="text-center text-2xl font-semibold tracking-tight">This site is invite-only</h1>
      <p className="text-sm text-muted-foreground">
        {providerName(identity.provider) ?? identity.provider} knows you as <strong>{identity.email}</strong>, but there is no account for you here yet. Accounts
        are by invitation: enter your invite code and your account is created with this sign-in.
      </p>
      <Card>
        <IdentityCodeForm />
      </Card>
      <p className="text-center text-sm text-muted-foreground">
        No invite? Ask someone who has an account here to invite you. <Link href="/login">Back to sign in</Link>.
      </p>
    </div>
  );
}
