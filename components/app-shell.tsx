import { Ticket } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { ROLE_DESCRIPTION, roleLabel } from "@/lib/auth/role-labels";
import { AppNav } from "./app-nav";
import { MobileNav } from "./mobile-nav";
import { navLinksFor } from "./nav-links";
import { ThemeSwitch } from "./theme-switch";
import { Button } from "./ui/button";
import { UserMenu } from "./user-menu";

/**
 * The frame of every page: a header that never wraps, and for a signed-in person the navigation their
 * permissions allow — a sidebar on wide screens, a Menu button on phones. Signed-out visitors get a slim header
 * and a centred page.
 */
export async function AppShell({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const links = navLinksFor(user);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
        <div className="mx-auto flex h-14 w-full max-w-screen-2xl items-center gap-2 px-3 sm:px-4">
          {user ? <MobileNav links={links} /> : null}
          <Link href="/" data-slot="brand" className="flex items-center gap-2 rounded-md px-1 font-semibold tracking-tight outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
            <span aria-hidden className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
              <Ticket className="size-4" />
            </span>
            Invites
          </Link>
          <div className="ml-auto flex items-center gap-1">
            {user ? null : (
              <>
                <Button asChild variant="ghost" size="sm" className="max-sm:hidden">
                  <Link href="/redeem">Redeem a code</Link>
                </Button>
                <Button asChild variant="outline" size="sm">
                  <Link href="/login">Sign in</Link>
                </Button>
              </>
            )}
            <ThemeSwitch />
            {user ? <UserMenu name={user.name} email={user.email} role={roleLabel(user.role)} roleDescription={ROLE_DESCRIPTION[user.role]} /> : null}
          </div>
        </div>
      </header>
      {user ? (
        <div className="mx-auto flex w-full max-w-screen-2xl flex-1">
          <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-56 shrink-0 overflow-y-auto border-r px-3 py-6 md:block">
            <AppNav links={links} label="Dashboard" />
          </aside>
          <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">
            {children}
          </main>
        </div>
      ) : (
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:py-12">
          {children}
        </main>
      )}
    </div>
  );
}
