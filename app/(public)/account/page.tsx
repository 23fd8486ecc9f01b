import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { can, homeFor } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { listLiveSessions } from "@/lib/sessions/list-sessions";
import { ChangePasswordForm } from "./change-password-form";
import { EndAllSessionsButton, EndSessionButton } from "./session-buttons";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser("/account");
  const [{ welcome }, sessions] = await Promise.all([searchParams, listLiveSessions(user.id)]);
  return (
    <div className="narrow stack">
      <h1>Your account</h1>
      {welcome ? (
        <p className="alert success" role="status">
          Welcome, {user.name}: your account is ready and you are signed in.
        </p>
      ) : null}
      <dl className="card">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>E-mail</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
      </dl>
      {can(user, "invites.read") || can(user, "stats.read") ? <Link href={homeFor(user)}>Go to the dashboard</Link> : null}

      <section className="stack" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <p className="hint">
          A session ends after a period without use or at the latest some hours after signing in, whichever comes first. End any you do not
          recognise.
        </p>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Your active sessions</caption>
            <thead>
              <tr>
                <th scope="col">Browser</th>
                <th scope="col">IP address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last seen</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} data-session={session.id}>
                  <td className="user-agent">{session.userAgent ?? "Unknown browser"}</td>
                  <td>{session.ip ?? "—"}</td>
                  <td>
                    <LocalTime value={session.createdAt} />
                  </td>
                  <td>
                    <LocalTime value={session.lastSeenAt} />
                  </td>
                  <td>{session.id === user.sessionId ? <span className="hint">This session</span> : <EndSessionButton sessionId={session.id} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <EndAllSessionsButton />
      </section>

      <section className="stack" aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
