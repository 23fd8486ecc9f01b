import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { homeFor, PERMISSIONS, rolesWith, type Permission } from "@/lib/auth/policy";
import { ROLE_DESCRIPTION, roleLabel, withArticle } from "@/lib/auth/role-labels";
import { getCurrentUser } from "@/lib/auth/session";
import { Button } from "./ui/button";
import { Card } from "./ui/card";

/**
 * A refusal shown in place of a page the viewer's role may not open (the page answered HTTP 403): it names the
 * role, says what that role can do, and — when the page says which permission it needed — who could open it.
 */
export async function AccessDenied({ permission }: { permission?: Permission }) {
  const user = await getCurrentUser();
  const needed = permission ? rolesWith(permission).map(roleLabel) : [];
  return (
    <Card className="mx-auto max-w-lg items-start" role="alert">
      <ShieldAlert className="size-8 text-warning" aria-hidden />
      <h1 className="text-xl font-semibold">This page is not open to you</h1>
      {user ? (
        <>
          <p className="text-sm">
            You are signed in as {user.email}, {withArticle(user.role)}. {roleLabel(user.role)}s can do this: {ROLE_DESCRIPTION[user.role]}
          </p>
          {permission ? (
            <p className="text-sm text-muted-foreground">
              {PERMISSIONS[permission].what} needs {needed.length ? `the ${needed.join(" or ")} role` : "a role nobody has"}. If you need it, ask an
              administrator.
            </p>
          ) : (
            <p className="text-sm text-muted-foreground">If you need this page, ask an administrator.</p>
          )}
        </>
      ) : (
        <p className="text-sm">This page needs an account with access to it.</p>
      )}
      <Button asChild>
        <Link href={homeFor(user)}>{user ? "Go to your start page" : "Sign in"}</Link>
      </Button>
    </Card>
  );
}
