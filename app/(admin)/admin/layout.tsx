import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { requireRole } from "@/lib/auth/session";
import { adminLinksFor } from "./_components/admin-links";
import { AdminNav } from "./_components/admin-nav";
import { DASHBOARD_ROLES } from "@/lib/auth/dashboard-roles";

/** The dashboard shell. It only redirects; every page and action below checks the role itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireRole(DASHBOARD_ROLES, "/admin");
  return (
    <>
      <SiteHeader />
      <div className="admin-shell">
        <AdminNav links={adminLinksFor(user.role)} />
        <main id="main" className="admin-main">
          {children}
        </main>
      </div>
    </>
  );
}
