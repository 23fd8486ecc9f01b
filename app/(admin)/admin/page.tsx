import { ArrowRight, CircleCheck, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { RedemptionsChart } from "@/components/redemptions-chart";
import { RoleBadge } from "@/components/role-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can, reachOf, ROLES } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { inviteStats } from "@/lib/stats/invite-stats";
import { redemptionsPerDay } from "@/lib/stats/redemptions-per-day";
import { DashboardNotices } from "@/components/dashboard-notices";
import { viewerTimeZone } from "@/lib/time-zone/viewer-time-zone";
import { getSettings } from "@/lib/settings/get-settings";
import { PausedNotice } from "@/components/paused-notice";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("invites.read", "/admin");
  const tz = await viewerTimeZone();
  const [stats, days, { welcome }, settings] = await Promise.all([inviteStats(user), redemptionsPerDay(user, tz), searchParams, getSettings()]);
  const cards = [
    { label: "Active", value: stats.active, href: "/admin/invites?state=active", tone: "text-success" },
    { label: "Expired", value: stats.expired, href: "/admin/invites?state=expired" },
    { label: "Exhausted", value: stats.exhausted, href: "/admin/invites?state=exhausted" },
    { label: "Revoked", value: stats.revoked, href: "/admin/invites?state=revoked" },
    { label: "Total invites", value: stats.total, href: "/admin/invites" },
    { label: "Redemptions, last 24 h", value: stats.redemptions.last24h },
    { label: "Redemptions, last 7 days", value: stats.redemptions.last7d },
  ];
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Dashboard"
        description={reachOf(user, "invites.read")?.all === false ? "These numbers count the invites you created." : "Invites and redemptions at a glance."}
        actions={
          can(user, "invites.create") ? (
            <Button asChild>
              <Link href="/admin/invites/new">
                <Plus aria-hidden /> Create invites
              </Link>
            </Button>
          ) : null
        }
      />
      <DashboardNotices user={user} />
      {settings.redemptionsPaused ? <PausedNotice message={settings.pauseMessage} /> : null}
      {welcome ? (
        <Alert variant="success" role="status">
          <CircleCheck aria-hidden />
          <p>Welcome, {user.name}. Your account is ready.</p>
        </Alert>
      ) : null}
      <section aria-labelledby="counts-heading" className="grid gap-3">
        <h2 id="counts-heading" className="sr-only">
          Invites
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-7" data-testid="stat-cards">
          {cards.map((card) => (
            <li key={card.label} className="group relative flex flex-col gap-1 rounded-lg border bg-card p-4 shadow-xs" data-stat={card.label}>
              <span className="text-xs text-muted-foreground">{card.label}</span>
              <span className={`text-2xl font-semibold tabular-nums ${card.tone ?? ""}`} data-value>
                {card.value.toLocaleString("en")}
              </span>
              {card.href ? (
                <Link href={card.href} className="mt-auto inline-flex items-center gap-1 text-xs after:absolute after:inset-0">
                  See them <ArrowRight className="size-3" aria-hidden />
                  <span className="sr-only"> ({card.label.toLowerCase()})</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading" className="sr-only">
          Redemptions per day, last 30 days
        </h2>
        <RedemptionsChart title="Redemptions per day, last 30 days" series={days.current} previous={days.previous} bucket="day" tz={tz} />
      </section>
      <section aria-labelledby="roles-heading" className="grid gap-3">
        <h2 id="roles-heading" className="text-lg font-semibold">
          By role
        </h2>
        <Table label="Invites by role">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Role</TableHead>
              <TableHead scope="col" className="text-right">
                Invites
              </TableHead>
              <TableHead scope="col" className="text-right">
                Active invites
              </TableHead>
              <TableHead scope="col" className="text-right">
                Redemptions
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ROLES.map((role) => (
              <TableRow key={role}>
                <TableHead scope="row" className="text-foreground">
                  <RoleBadge role={role} />
                </TableHead>
                <TableCell className="text-right tabular-nums">{stats.byRole[role].invites.toLocaleString("en")}</TableCell>
                <TableCell className="text-right tabular-nums">{stats.byRole[role].active.toLocaleString("en")}</TableCell>
                <TableCell className="text-right tabular-nums">{stats.byRole[role].redemptions.toLocaleString("en")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
