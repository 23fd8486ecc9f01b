import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResetLinkButton } from "@/components/reset-link-button";
import { requirePermission } from "@/lib/auth/session";
import { findResetTarget } from "@/lib/password-resets/reset-target";

export const metadata: Metadata = { title: "Reset a password" };

export default async function ResetUserPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("password-resets.issue", `/admin/users/${id}/reset`);
  const user = await findResetTarget(id);
  if (!user) notFound();
  return (
    <div className="narrow stack">
      <h1>Reset the password of {user.name}</h1>
      <p>
        {user.email} · {user.role}
        {user.disabled ? " · disabled" : ""}
      </p>
      <p className="hint">
        The link lets whoever opens it choose a new password for this account within one hour, once. Using it signs the account out
        everywhere. Hand it over through a channel you trust.
      </p>
      <ResetLinkButton userId={user.id} />
    </div>
  );
}
