import { Download } from "lucide-react";
import { LocalTime } from "@/components/local-time";
import { RoleBadge } from "@/components/role-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { BatchSummary } from "@/lib/invites/batches";
import { cn } from "@/lib/utils";
import { BatchProgress } from "./batch-progress";
import { RevokeBatchButton } from "./revoke-batch-button";

/** A batch at the top of its filtered invite list: what it is, how far it got, and what can be done with it. */
export function BatchSummaryCard({ batch, canManage, canExport, className }: { batch: BatchSummary; canManage: boolean; canExport: boolean; className?: string }) {
  const live = batch.invites - batch.revoked;
  return (
    <Card className={cn("gap-3", className)} role="region" aria-label="Batch">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold">
            Batch <span className="font-mono text-sm">{batch.batchId.slice(0, 8)}</span> <RoleBadge role={batch.role} />
          </h2>
          <p className="text-sm text-muted-foreground">
            {batch.invites.toLocaleString("en")} invite{batch.invites === 1 ? "" : "s"}
            {batch.note ? ` · “${batch.note}”` : ""} · created <LocalTime value={batch.createdAt} relative /> by {batch.createdBy?.name ?? "the system"}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canExport ? (
            <Button asChild variant="outline" size="sm">
              <a href={`/api/exports/invites?batchId=${batch.batchId}`} download>
                <Download aria-hidden /> Export batch
              </a>
            </Button>
          ) : null}
          {canManage && live > 0 ? <RevokeBatchButton batchId={batch.batchId} live={live} /> : null}
        </div>
      </div>
      <BatchProgress redeemed={batch.redeemed} left={batch.left} />
    </Card>
  );
}
