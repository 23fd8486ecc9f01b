import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";

/** A refusal shown in place of a page the viewer's role may not open (the page answered HTTP 403). */
export async function AccessDenied() {
  const user = await getCurrentUser();
  return (
    <div className="narrow stack" role="alert">
      <h1>You cannot open this page</h1>
      <p>
        {user ? `Your account (${user.email}) does not have access to this page.` : "This page needs an account with access to it."} If you
        need it, ask an administrator.
      </p>
      <p>
        <Link href={user ? "/account" : "/login"}>{user ? "Go to your account" : "Sign in"}</Link>
      </p>
    </div>
  );
}
