import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { adminLinksFor } from "./_components/admin-links";
import { AdminNav } from "./_components/admin-nav";

/**
 * The dashboard shell. It does not redirect: every page below checks the role itself and sends a signed-out
 * visitor to sign-in with that page's own address as the way back, which a layout cannot know.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const links = adminLinksFor(user);
  return (
    <>
      <SiteHeader />
      <div className="admin-shell">
        <AdminNav links={links} />
        <main id="main" className="admin-main">
          {children}
        </main>
      </div>
    </>
  );
}
