import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { statsReport } from "@/lib/stats/stats-report";
import { statsQuerySchema } from "@/lib/validation/stats";
import { BreakdownTable } from "./breakdown-table";
import { RangeForm } from "./range-form";
import { RedemptionsChart } from "@/components/redemptions-chart";
import { TimeZoneRedirect } from "./time-zone-redirect";

export const metadata: Metadata = { title: "Usage statistics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

export default async function StatsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("stats.read", "/admin/stats");
  const params = Object.fromEntries(Object.entries(await searchParams).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const parsed = statsQuerySchema.safeParse(params);
  const error = parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join(" ");
  const report = await statsReport(parsed.success ? parsed.data : { tz: statsQuerySchema.safeParse({ tz: params.tz }).data?.tz });
  const { range, counts, conversion } = report;
  const rangeQuery = new URLSearchParams({ from: range.start.toISOString(), to: range.end.toISOString() });

  return (
    <div className="stack">
      <TimeZoneRedirect />
      <h1>Usage statistics</h1>
      <RangeForm range={range} preset={parsed.success ? parsed.data.range : "30d"} error={error} />

      <section aria-label="Invites by state" className="grid">
        {(["active", "expired", "exhausted", "revoked", "total"] as const).map((state) => (
          <div key={state} className="card">
            <div className="hint">{state === "total" ? "All invites" : `${state[0]!.toUpperCase()}${state.slice(1)}`}</div>
            <div className="stat">{counts[state]}</div>
          </div>
        ))}
        <div className="card">
          <div className="hint">Redemptions {range.fromDay} – {range.toDay}</div>
          <div className="stat">{report.redemptionsInRange}</div>
        </div>
      </section>

      <RedemptionsChart series={report.series} bucket={range.bucket} tz={range.tz} />

      <section className="card stack" aria-label="Conversion">
        <h2>Conversion</h2>
        <p>
          Invites created {range.fromDay} – {range.toDay}: <strong>{conversion.invites}</strong>, offering{" "}
          <strong>{conversion.offeredUses}</strong> uses, of which <strong>{conversion.redeemedUses}</strong> have been redeemed (
          <strong>{percent(conversion.rate)}</strong>).
        </p>
      </section>

      <section className="card stack" aria-label="Exports">
        <h2>Exports (CSV)</h2>
        <p className="row">
          <a className="button secondary" href={`/api/exports/redemptions?${rangeQuery}`} download>
            Redemptions in this range
          </a>
          <a className="button secondary" href={`/api/exports/audit?${rangeQuery}`} download>
            Audit log for this range
          </a>
          <a className="button secondary" href="/api/exports/invites" download>
            All invites
          </a>
        </p>
        <p className="hint">Exports never contain invite codes. Times are in UTC (ISO 8601).</p>
      </section>

      <BreakdownTable title="Redemptions by role" columns={["Role", "Redemptions", "Invites used"]} rows={report.byRole} cells={(row) => [row.role, row.redemptions, row.invites]} />
      <BreakdownTable
        title="Redemptions by creator"
        columns={["Created by", "Redemptions", "Invites used"]}
        rows={report.byCreator}
        cells={(row) => [row.email ? `${row.name} (${row.email})` : "System or deleted user", row.redemptions, row.invites]}
      />
      <BreakdownTable
        title="Redemptions by batch"
        columns={["Batch (note)", "Redemptions", "Invites used"]}
        rows={report.byBatch}
        cells={(row) => [row.note ?? (row.batchId ? `Batch ${row.batchId.slice(0, 8)}` : "No batch"), row.redemptions, row.invites]}
      />
      <BreakdownTable
        title="Most-used invites"
        columns={["Invite", "Role", "Redemptions in range", "Uses (all time)"]}
        rows={report.mostUsed}
        cells={(row) => [
          <span key="invite">
            <span className="code">{row.prefix}…</span> {row.note}
          </span>,
          row.role,
          row.redemptions,
          `${row.uses} / ${row.maxUses}`,
        ]}
      />
      <BreakdownTable
        title="Failed redemptions by reason"
        columns={["Reason", "Attempts"]}
        rows={report.failedByReason}
        cells={(row) => [row.reason, row.count]}
        empty="No failed redemptions in this range."
      />
    </div>
  );
}
