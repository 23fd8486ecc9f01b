import { Download } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ReadOnlyNote } from "@/components/read-only-note";
import { RedemptionsChart } from "@/components/redemptions-chart";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/auth/policy";
import { ROLE_LABEL } from "@/lib/auth/role-labels";
import { requirePermission } from "@/lib/auth/session";
import { statsReport } from "@/lib/stats/stats-report";
import { viewerTimeZone } from "@/lib/time-zone/viewer-time-zone";
import { serverTimeZoneSchema, statsQueryServerSchema } from "@/lib/validation/server-schemas";
import { BreakdownTable } from "./breakdown-table";
import { RangeForm } from "./range-form";

export const metadata: Metadata = { title: "Usage statistics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

const FAILURE: Record<string, string> = {
  invalid: "Unknown code",
  typo: "Typo in the code",
  expired: "Expired invite",
  exhausted: "Used-up invite",
  revoked: "Revoked invite",
  rate_limited: "Too many attempts",
  email_taken: "E-mail already has an account",
  validation: "Incomplete form",
};

export default async function StatsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("stats.read", "/admin/stats");
  const params = Object.fromEntries(Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const query = { ...params, tz: params.tz ?? (await viewerTimeZone()) };
  const parsed = await statsQueryServerSchema.safeParseAsync(query);
  const error = parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join(" ");
  const report = await statsReport(parsed.success ? parsed.data : { tz: (await serverTimeZoneSchema.safeParseAsync(query.tz)).data });
  const { range, counts, conversion } = report;
  const rangeQuery = new URLSearchParams({ from: range.start.toISOString(), to: range.end.toISOString() });
  const tiles = [
    { label: "Active", value: counts.active },
    { label: "Expired", value: counts.expired },
    { label: "Exhausted", value: counts.exhausted },
    { label: "Revoked", value: counts.revoked },
    { label: "All invites", value: counts.total },
    { label: `Redemptions ${range.fromDay} – ${range.toDay}`, value: report.redemptionsInRange },
  ];

  return (
    <div className="grid min-w-0 gap-6">
      <PageHeader title="Usage statistics" description={`Counts, redemptions and exports. Days are in ${range.tz}.`} />
      {!can(user, "invites.manage") ? <ReadOnlyNote>Your role reads statistics and exports; it does not change invites.</ReadOnlyNote> : null}
      <RangeForm range={range} asked={{ range: params.range, from: params.from, to: params.to, bucket: params.bucket }} error={error} />

      <section aria-label="Invites by state">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
          {tiles.map((tile) => (
            <li key={tile.label} className="flex flex-col gap-1 rounded-lg border bg-card p-4 shadow-xs">
              <span className="text-xs text-muted-foreground">{tile.label}</span>
              <span className="text-2xl font-semibold tabular-nums">{tile.value.toLocaleString("en")}</span>
            </li>
          ))}
        </ul>
      </section>

      <RedemptionsChart
        title={`Redemptions per ${range.bucket}`}
        series={report.series}
        previous={report.previousSeries}
        bucket={range.bucket}
        tz={range.tz}
      />

      <div className="grid gap-4 lg:grid-cols-2">
        <Card role="region" aria-label="Conversion">
          <CardHeader>
            <CardTitle>Conversion</CardTitle>
            <CardDescription>
              Invites created {range.fromDay} – {range.toDay}
            </CardDescription>
          </CardHeader>
          <p className="text-sm">
            <strong className="text-2xl font-semibold">{percent(conversion.rate)}</strong> of the <strong>{conversion.offeredUses.toLocaleString("en")}</strong> uses
            offered by <strong>{conversion.invites.toLocaleString("en")}</strong> invites have been redeemed ({conversion.redeemedUses.toLocaleString("en")}).
          </p>
        </Card>
        <Card role="region" aria-label="Exports">
          <CardHeader>
            <CardTitle>Exports (CSV)</CardTitle>
            <CardDescription>Exports never contain invite codes. Times are in UTC (ISO 8601).</CardDescription>
          </CardHeader>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline" size="sm">
              <a href={`/api/exports/redemptions?${rangeQuery}`} download>
                <Download aria-hidden /> Redemptions in this range
              </a>
            </Button>
            <Button asChild variant="outline" size="sm">
              <a href={`/api/exports/audit?${rangeQuery}`} download>
                <Download aria-hidden /> Audit log for this range
              </a>
            </Button>
            <Button asChild variant="outline" size="sm">
              <a href="/api/exports/invites" download>
                <Download aria-hidden /> All invites
              </a>
            </Button>
          </div>
        </Card>
      </div>

      <div className="grid min-w-0 gap-6 lg:grid-cols-2">
        <BreakdownTable title="Redemptions by role" columns={["Role", "Redemptions", "Invites used"]} rows={report.byRole} cells={(row) => [ROLE_LABEL[row.role], row.redemptions, row.invites]} />
        <BreakdownTable
          title="Redemptions by creator"
          columns={["Created by", "Redemptions", "Invites used"]}
          rows={report.byCreator}
          cells={(row) => [row.email ? `${row.name} (${row.email})` : "System or deleted user", row.redemptions, row.invites]}
        />
        <BreakdownTable
          title="New accounts by inviter"
          columns={["Invited by", "Accounts joined", "Of them disabled"]}
          rows={report.byInviter}
          cells={(row) => [`${row.name} (${row.email})`, row.accounts, row.disabled]}
        />
        <BreakdownTable
          title="Redemptions by batch"
          columns={["Batch (note)", "Redemptions", "Invites used"]}
          rows={report.byBatch}
          cells={(row) => [row.note ?? (row.batchId ? `Batch ${row.batchId.slice(0, 8)}` : "No batch"), row.redemptions, row.invites]}
        />
        <BreakdownTable
          title="Failed redemptions by reason"
          columns={["Reason", "Attempts"]}
          rows={report.failedByReason}
          cells={(row) => [FAILURE[row.reason] ?? row.reason, row.count]}
          empty="No failed redemptions in this range."
        />
      </div>
      <BreakdownTable
        title="Most-used invites"
        columns={["Invite", "Role", "Redemptions in range", "Uses (all time)"]}
        rows={report.mostUsed}
        cells={(row) => [
          <span key="invite">
            <span className="font-mono">{row.prefix}…</span> {row.note}
          </span>,
          ROLE_LABEL[row.role],
          row.redemptions,
          `${row.uses} / ${row.maxUses}`,
        ]}
      />
    </div>
  );
}
