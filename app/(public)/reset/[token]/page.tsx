import type { Metadata } from "next";
import { resetLinkStatus } from "@/lib/password-resets/reset-password";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the URL: never send it to another site in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resetLinkStatus(token);
  return (
    <div className="narrow stack">
      <h1>Choose a new password</h1>
      {link.status === "valid" ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="alert error" role="alert">
          {link.message}
        </p>
      )}
    </div>
  );
}
