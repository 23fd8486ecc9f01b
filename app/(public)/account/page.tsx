import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser("/account");
  const { denied, welcome } = await searchParams;
  return (
    <div className="narrow stack">
      <h1>Your account</h1>
      {welcome ? (
        <p className="alert success" role="status">
          Welcome, {user.name}: your account is ready and you are signed in.
        </p>
      ) : null}
      {denied ? (
        <p className="alert warning" role="status">
          Your role ({user.role}) cannot open that page.
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
      {user.role !== "MEMBER" ? <Link href="/admin">Go to the dashboard</Link> : null}
    </div>
  );
}
