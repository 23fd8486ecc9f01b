import type { Metadata } from "next";
import Link from "next/link";
import { can, reachOf, ROLES } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { inviteStats } from "@/lib/invites/invite-stats";
import { redemptionsPerDay } from "@/lib/invites/redemptions-per-day";
import { RedemptionsChart } from "@/components/redemptions-chart";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("invites.read", "/admin");
  const [stats, days, { welcome }] = await Promise.all([inviteStats(user), redemptionsPerDay(user), searchParams]);
  const cards = [
    { label: "Active", value: stats.active, href: "/admin/invites?state=active" },
    { label: "Expired", value: stats.expired, href: "/admin/invites?state=expired" },
    { label: "Exhausted", value: stats.exhausted, href: "/admin/invites?state=exhausted" },
    { label: "Revoked", value: stats.revoked, href: "/admin/invites?state=revoked" },
    { label: "Total invites", value: stats.total, href: "/admin/invites" },
    { label: "Redemptions, last 24 h", value: stats.redemptions.last24h },
    { label: "Redemptions, last 7 days", value: stats.redemptions.last7d },
  ];
  return (
    <div className="stack">
      <div className="row spread">
        <h1>Dashboard</h1>
        {can(user, "invites.create") ? (
          <Link className="button" href="/admin/invites/new">
            Create invites
          </Link>
        ) : null}
      </div>
      {welcome ? <p className="alert success" role="status">Welcome, {user.name}. Your account is ready.</p> : null}
      {reachOf(user, "invites.read")?.all === false ? <p className="hint">These numbers count the invites you created.</p> : null}
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">Invites</h2>
        <ul className="grid cards" data-testid="stat-cards">
          {cards.map((card) => (
            <li key={card.label} className="card" data-stat={card.label}>
              <span className="stat-label">{card.label}</span>
              <span className="stat">{card.value.toLocaleString("en")}</span>
              {card.href ? <Link href={card.href}>See them<span className="visually-hidden"> ({card.label.toLowerCase()})</span></Link> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Redemptions per day, last 30 days</h2>
        <RedemptionsChart series={days} bucket="day" tz="UTC" />
      </section>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">By role</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Invites</th>
              <th scope="col">Active invites</th>
              <th scope="col">Redemptions</th>
            </tr>
          </thead>
          <tbody>
            {ROLES.map((role) => (
              <tr key={role}>
                <th scope="row">{role}</th>
                <td>{stats.byRole[role].invites.toLocaleString("en")}</td>
                <td>{stats.byRole[role].active.toLocaleString("en")}</td>
                <td>{stats.byRole[role].redemptions.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
