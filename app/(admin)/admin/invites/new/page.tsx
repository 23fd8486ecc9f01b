import type { Metadata } from "next";
import { grantableRoles } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { CreateInvitesForm } from "./create-invites-form";

export const metadata: Metadata = { title: "Create invites", referrer: "no-referrer" };

export default async function NewInvitesPage() {
  const user = await requirePermission("invites.create", "/admin/invites/new");
  return (
    <div className="stack">
      <h1>Create invites</h1>
      <CreateInvitesForm roles={[...grantableRoles(user)]} baseUrl={env().NEXTAUTH_URL} />
    </div>
  );
}
