import { CircleAlert } from "lucide-react";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { resetLinkStatus } from "@/lib/password-resets/reset-password";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the URL: never send it to another site in a Referer header.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resetLinkStatus(token);
  return (
    <div className="mx-auto grid w-full max-w-md gap-6">
      <h1 className="text-center text-2xl font-semibold tracking-tight">Choose a new password</h1>
      {link.status === "valid" ? (
        <Card>
          <ResetPasswordForm token={token} />
        </Card>
      ) : (
        <Alert variant="destructive" role="alert">
          <CircleAlert aria-hidden />
          <p>{link.message}</p>
        </Alert>
      )}
    </div>
  );
}
