import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const user = await getCurrentUser();
  if (user && !params.callbackUrl) redirect(homeFor(user));
  return (
    <div className="narrow stack">
      <h1>Sign in</h1>
      {params.signedOut ? (
        <p className="alert success" role="status">
          {params.signedOut === "everywhere" ? "You are signed out on every device." : "You are signed out."}
        </p>
      ) : null}
      <SignInForm callbackUrl={params.callbackUrl} />
      <p className="hint">
        No account yet? Accounts are by invitation: <a href="/redeem">redeem your invite code</a>.
      </p>
    </div>
  );
}
