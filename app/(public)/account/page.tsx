import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { RoleBadge } from "@/components/role-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeUserAgent } from "@/lib/audit/user-agent";
import { can, homeFor } from "@/lib/auth/policy";
import { ROLE_DESCRIPTION } from "@/lib/auth/role-labels";
import { requireUser } from "@/lib/auth/session";
import { listLiveSessions } from "@/lib/sessions/list-sessions";
import { SsoButtons } from "@/components/sso-buttons";
import { linkErrorMessage } from "@/lib/auth/sso-messages";
import { ssoProviders } from "@/lib/auth/sso-providers";
import { listIdentities } from "@/lib/users/identities";
import { UnlinkButton } from "./unlink-button";
import { ChangePasswordForm } from "./change-password-form";
import { EndAllSessionsButton, EndSessionButton } from "./session-buttons";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser("/account");
  const [{ welcome, redeemed, linked, linkError }, sessions, identities] = await Promise.all([searchParams, listLiveSessions(user.id), listIdentities(user.id)]);
  const providers = ssoProviders();
  const nameOf = (id: string) => providers.find((provider) => provider.id === id)?.name ?? id;
  const unlinked = providers.filter((provider) => !identities.some((identity) => identity.provider === provider.id));
  return (
    <div className="grid max-w-3xl gap-6">
      <PageHeader title="Your account" />
      {welcome ? (
        <Alert variant="success" role="status">
          <CircleCheck aria-hidden />
          <p>Welcome, {user.name}: your account is ready and you are signed in.</p>
        </Alert>
      ) : null}
      {redeemed ? (
        <Alert variant="success" role="status">
          <CircleCheck aria-hidden />
          <p>The invite was added to your account. Your role is now {user.role}.</p>
        </Alert>
      ) : null}
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-muted-foreground">Name</dt>
          <dd>{user.name}</dd>
          <dt className="text-muted-foreground">E-mail</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-muted-foreground">Role</dt>
          <dd className="grid gap-1">
            <RoleBadge role={user.role} />
            <span className="text-muted-foreground">{ROLE_DESCRIPTION[user.role]}</span>
          </dd>
        </dl>
        {can(user, "member-invites.create") ? (
          <Button asChild variant="outline" className="w-fit">
            <Link href="/account/invites">Invite people</Link>
          </Button>
        ) : null}
        {can(user, "invites.read") || can(user, "stats.read") ? (
          <Button asChild variant="outline" className="w-fit">
            <Link href={homeFor(user)}>Go to the dashboard</Link>
          </Button>
        ) : null}
      </Card>

      <Card>
        <CardHeader>
          <CardTitle id="sessions-heading">Where you are signed in</CardTitle>
          <CardDescription>
            A session ends after a period without use or at the latest some hours after signing in, whichever comes first. End any you do not recognise.
          </CardDescription>
        </CardHeader>
        <Table label="Your active sessions">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Browser</TableHead>
              <TableHead scope="col">IP address</TableHead>
              <TableHead scope="col">Signed in</TableHead>
              <TableHead scope="col">Last seen</TableHead>
              <TableHead scope="col">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((session) => (
              <TableRow key={session.id} data-session={session.id}>
                <TableCell title={session.userAgent ?? undefined}>{describeUserAgent(session.userAgent) ?? "Unknown browser"}</TableCell>
                <TableCell>{session.ip ?? "—"}</TableCell>
                <TableCell>
                  <LocalTime value={session.createdAt} relative />
                </TableCell>
                <TableCell>
                  <LocalTime value={session.lastSeenAt} relative />
                </TableCell>
                <TableCell className="text-right">
                  {session.id === user.sessionId ? <Badge variant="secondary">This session</Badge> : <EndSessionButton sessionId={session.id} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <EndAllSessionsButton />
      </Card>

      {providers.length > 0 || identities.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle id="providers-heading">Sign-in providers</CardTitle>
            <CardDescription>Sign in with an account you already have elsewhere. Keep at least one way to sign in.</CardDescription>
          </CardHeader>
          {linked ? (
            <Alert variant="success" role="status">
              <CircleCheck aria-hidden />
              <p>{nameOf(linked)} is linked: you can sign in with it.</p>
            </Alert>
          ) : null}
          {linkError ? (
            <Alert variant="destructive" role="alert">
              <p>{linkErrorMessage(linkError)}</p>
            </Alert>
          ) : null}
          {identities.length > 0 ? (
            <ul className="grid gap-2" data-testid="linked-providers">
              {identities.map((identity) => (
                <li key={identity.provider} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <span>
                    {nameOf(identity.provider)}
                    {identity.email ? ` (${identity.email})` : ""}, linked <LocalTime value={identity.createdAt} relative />
                  </span>
                  <UnlinkButton provider={identity.provider} name={nameOf(identity.provider)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">No provider is linked to your account.</p>
          )}
          <SsoButtons providers={unlinked} intent={{ kind: "link" }} />
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle id="password-heading">Change your password</CardTitle>
        </CardHeader>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
