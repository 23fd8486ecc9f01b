import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { ResetLinkButton } from "@/components/reset-link-button";
import { RoleBadge } from "@/components/role-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findResetTarget } from "@/lib/password-resets/reset-target";

export const metadata: Metadata = { title: "Reset a password", referrer: "no-referrer" };

export default async function ResetUserPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("password-resets.issue", `/admin/users/${id}/reset`);
  const user = await findResetTarget(id);
  if (!user) notFound();
  return (
    <div className="grid max-w-2xl gap-4">
      <PageHeader
        title={`Reset the password of ${user.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {user.email} <RoleBadge role={user.role} />
            {user.disabled ? <Badge variant="destructive">Disabled</Badge> : null}
          </span>
        }
      />
      <Card>
        <p className="text-sm text-muted-foreground">
          The link lets whoever opens it choose a new password for this account within one hour, once. Using it signs the account out everywhere.
          Hand it over through a channel you trust.
        </p>
        <ResetLinkButton userId={user.id} />
      </Card>
    </div>
  );
}
