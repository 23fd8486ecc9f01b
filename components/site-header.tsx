import Link from "next/link";
import { can, homeFor } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const staff = can(user, "invites.read") || can(user, "stats.read");
  return (
    <header className="site-header">
      <Link className="brand" href="/">
        Invites
      </Link>
      <nav aria-label="Main">
        <Link href="/redeem">Redeem a code</Link>
        {staff ? <Link href={homeFor(user)}>Dashboard</Link> : null}
        {user ? <Link href="/account">{user.name}</Link> : <Link href="/login">Sign in</Link>}
        {user ? <SignOutButton /> : null}
      </nav>
    </header>
  );
}
