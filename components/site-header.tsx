import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const staff = user && user.role !== "MEMBER";
  return (
    <header className="site-header">
      <Link className="brand" href="/">
        Invites
      </Link>
      <nav aria-label="Main">
        <Link href="/redeem">Redeem a code</Link>
        {staff ? <Link href="/admin">Dashboard</Link> : null}
        {user ? <Link href="/account">{user.name}</Link> : <Link href="/login">Sign in</Link>}
        {user ? <SignOutButton /> : null}
      </nav>
    </header>
  );
}
