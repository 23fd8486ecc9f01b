import type { Metadata } from "next";
import Link from "next/link";
import { RedeemForm } from "@/components/redeem-form";
import { previewInvite } from "@/lib/invites/preview-invite";

export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer" };

const FAILURE: Record<string, { title: string; body: string }> = {
  invalid: { title: "This invite code does not exist", body: "Check the link against the one you were sent, or ask for a new invite." },
  expired: { title: "This invite has expired", body: "Ask the person who invited you for a new one." },
  exhausted: { title: "This invite has been used up", body: "It has been redeemed as many times as it allows. Ask for a new one." },
  revoked: { title: "This invite was withdrawn", body: "An administrator revoked it. Ask the person who invited you for a new one." },
};

export default async function InvitePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const preview = await previewInvite(decodeURIComponent(code));

  if (preview.status === "typo") {
    return (
      <div className="narrow stack">
        <h1>This link looks damaged</h1>
        <p className="alert error" role="alert">{preview.message}</p>
        <Link href="/redeem">Type the code in instead</Link>
      </div>
    );
  }
  if (preview.status !== "active") {
    const failure = FAILURE[preview.status]!;
    return (
      <div className="narrow stack">
        <h1>{failure.title}</h1>
        <p>{failure.body}</p>
      </div>
    );
  }
  return (
    <div className="narrow stack">
      <h1>You are invited</h1>
      <p>
        This invite creates a <strong>{preview.role}</strong> account.
      </p>
      <RedeemForm code={preview.code} />
    </div>
  );
}
