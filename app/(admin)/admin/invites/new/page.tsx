import type { Metadata } from "next";
import { grantableRoles } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { INVITE_WRITERS } from "@/lib/auth/dashboard-roles";
import { CreateInvitesForm } from "./create-invites-form";

export const metadata: Metadata = { title: "Create invites", referrer: "no-referrer" };

export default async function NewInvitesPage() {
  const user = await requireRole(INVITE_WRITERS, "/admin/invites/new");
  return (
    <div className="stack">
      <h1>Create invites</h1>
      <CreateInvitesForm roles={grantableRoles(user.role)} baseUrl={env().NEXTAUTH_URL} />
    </div>
  );
}
