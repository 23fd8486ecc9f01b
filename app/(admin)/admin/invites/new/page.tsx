import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { grantableRoles } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { CreateInvitesForm } from "./create-invites-form";

export const metadata: Metadata = { title: "Create invites", referrer: "no-referrer" };

export default async function NewInvitesPage() {
  const user = await requirePermission("invites.create", "/admin/invites/new");
  return (
    <div>
      <PageHeader
        title="Create invites"
        description="One invite or a batch. The codes are shown once, right after you create them."
        actions={
          <Link href="/admin/invites/email" className="text-sm underline underline-offset-4">
            Invite by e-mail instead
          </Link>
        }
      />
      <CreateInvitesForm roles={[...grantableRoles(user)]} baseUrl={env().NEXTAUTH_URL} />
    </div>
  );
}
