import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listDeadJobs } from "@/lib/jobs/dead-jobs";
import { retryJobAction } from "./actions";

export const metadata: Metadata = { title: "Failed jobs" };

export default async function JobsPage() {
  await requirePermission("jobs.manage", "/admin/jobs");
  const jobs = await listDeadJobs();
  return (
    <div>
      <PageHeader
        title="Failed jobs"
        description="Mail and webhook deliveries that used up their retries, with the error of their last try. A retried mail whose message was already erased cannot be sent again: resend the invite instead."
      />
      {jobs.length === 0 ? (
        <p className="text-sm text-muted-foreground">No failed jobs.</p>
      ) : (
        <Table label="Failed jobs">
          <TableHeader>
            <TableRow>
              <TableHead>Queue</TableHead>
              <TableHead>About</TableHead>
              <TableHead>Tries</TableHead>
              <TableHead>Last error</TableHead>
              <TableHead>Failed</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {jobs.map((job) => (
              <TableRow key={job.id}>
                <TableCell>
                  <Badge variant="outline">{job.queue}</Badge>
                </TableCell>
                <TableCell className="font-mono text-xs">{Object.entries(job.data).map(([key, value]) => `${key} ${String(value)}`).join(", ")}</TableCell>
                <TableCell>{job.retryCount + 1}</TableCell>
                <TableCell className="max-w-md text-sm break-words">{job.lastError}</TableCell>
                <TableCell>{job.failedOn ? <LocalTime value={job.failedOn} /> : "—"}</TableCell>
                <TableCell>
                  <ActionForm action={retryJobAction} submitLabel="Retry" pendingLabel="Retrying…" size="sm" variant="outline" success="Queued again." announce="toast">
                    <input type="hidden" name="id" value={job.id} />
                  </ActionForm>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
