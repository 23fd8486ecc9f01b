import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_ACTION_LABEL, AuditSentence, AuditSource } from "@/components/audit-sentence";
import { FilterSelect } from "@/components/filter-select";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Pager } from "@/components/pager";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { auditTargets } from "@/lib/audit/audit-targets";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { viewerTimeZone } from "@/lib/time-zone/viewer-time-zone";
import { listAuditEventsSchema } from "@/lib/validation/audit";
import { filledParams } from "@/lib/validation/search-params";
import { ReadOnlyNote } from "@/components/read-only-note";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requirePermission("audit.read", "/admin/audit");
  const params = filledParams(await searchParams);
  const parsed = listAuditEventsSchema.safeParse(params);
  const query = parsed.success ? parsed.data : listAuditEventsSchema.parse({});
  const tz = await viewerTimeZone();
  const { events, nextCursor } = await listAuditEvents(query, { tz });
  const targets = await auditTargets(events);
  const filtered = Boolean(params.actor || params.action || params.from || params.to);
  return (
    <div>
      <PageHeader title="Audit log" description="Everything that changed, who did it, and from where — newest first." />
      {!can(user, "users.manage") ? <ReadOnlyNote>The log records what happens; nobody can change it.</ReadOnlyNote> : null}
      {!parsed.success ? (
        <Alert variant="warning" role="status" className="mb-4">
          <p>Some filters were not understood and are ignored: {parsed.error.issues[0]?.message}</p>
        </Alert>
      ) : null}
      <form method="get" className="mb-4 grid grid-cols-2 items-end gap-3 lg:grid-cols-[minmax(10rem,2fr)_1.5fr_1fr_1fr_auto]" role="search" aria-label="Filter the audit log">
        <div className="col-span-2 grid gap-1.5 lg:col-span-1">
          <Label htmlFor="audit-actor">Who</Label>
          <Input id="audit-actor" name="actor" type="search" defaultValue={query.actor ?? ""} placeholder="E-mail or name" />
        </div>
        <div className="col-span-2 lg:col-span-1">
          <FilterSelect id="audit-action" name="action" label="What" any="Anything" options={AUDIT_ACTIONS.map((action) => [action, AUDIT_ACTION_LABEL[action] ?? action] as const)} defaultValue={query.action} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-from">From</Label>
          <Input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-to">To (inclusive)</Label>
          <Input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <div className="col-span-2 flex items-center gap-3 lg:col-span-1">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered ? <Link href="/admin/audit">Clear filters</Link> : null}
        </div>
        <p className="col-span-2 text-xs text-muted-foreground lg:col-span-5">Days are counted in your time zone ({tz}).</p>
      </form>
      {events.length === 0 ? (
        <Card className="items-center py-10 text-center" role="status">
          <p>{filtered ? "No events match these filters." : "Nothing has been recorded yet."}</p>
        </Card>
      ) : (
        <Table label="Audit events, newest first">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">When</TableHead>
              <TableHead scope="col">What happened</TableHead>
              <TableHead scope="col">From</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {events.map((event) => (
              <TableRow key={event.id} data-action={event.action}>
                <TableCell className="align-top">
                  <LocalTime value={event.createdAt} relative />
                </TableCell>
                <TableCell className="min-w-80 align-top whitespace-normal" data-testid="audit-sentence">
                  <AuditSentence event={event} targets={targets} />
                </TableCell>
                <TableCell className="align-top text-xs">
                  <AuditSource ip={event.ip} detail={event.detail} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager path="/admin/audit" params={params} nextCursor={nextCursor} shown={events.length} pageSize={query.limit} noun="events" />
    </div>
  );
}
