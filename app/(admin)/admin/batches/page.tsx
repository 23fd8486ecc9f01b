import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { RoleBadge } from "@/components/role-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { listBatches } from "@/lib/invites/batches";
import { BatchProgress } from "./batch-progress";

export const metadata: Metadata = { title: "Batches" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BatchesPage({ searchParams }: Props) {
  const user = await requirePermission("invites.read", "/admin/batches");
  const pageParam = Number((await searchParams).page ?? 0);
  const page = Number.isInteger(pageParam) && pageParam >= 0 && pageParam < 10_000 ? pageParam : 0;
  const { batches, hasMore } = await listBatches(user, { page });
  return (
    <div>
      <PageHeader
        title="Batches"
        description="Invites created together. Open a batch to see, export or revoke its invites."
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
      {batches.length === 0 ? (
        <Card className="items-center py-10 text-center" role="status">
          <p>There are no batches yet.</p>
        </Card>
      ) : (
        <Table label="Batches">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Batch</TableHead>
              <TableHead scope="col">Role</TableHead>
              <TableHead scope="col" className="text-right">
                Invites
              </TableHead>
              <TableHead scope="col">Progress</TableHead>
              <TableHead scope="col">Note</TableHead>
              <TableHead scope="col">Creator</TableHead>
              <TableHead scope="col">Created</TableHead>
              <TableHead scope="col">Expires</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {batches.map((batch) => (
              <TableRow key={batch.batchId}>
                <TableCell>
                  <Link className="font-mono" href={`/admin/invites?batchId=${batch.batchId}`}>
                    {batch.batchId.slice(0, 8)}
                    <span className="sr-only"> batch invites</span>
                  </Link>
                </TableCell>
                <TableCell>
                  <RoleBadge role={batch.role} />
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {batch.invites.toLocaleString("en")}
                  {batch.revoked ? <span className="text-muted-foreground"> ({batch.revoked} revoked)</span> : null}
                </TableCell>
                <TableCell>
                  <BatchProgress redeemed={batch.redeemed} left={batch.left} />
                </TableCell>
                <TableCell className="max-w-56 truncate">{batch.note ?? <span className="text-muted-foreground">—</span>}</TableCell>
                <TableCell>{batch.createdBy?.name ?? <span className="text-muted-foreground">system</span>}</TableCell>
                <TableCell>
                  <LocalTime value={batch.createdAt} relative />
                </TableCell>
                <TableCell>
                  <LocalTime value={batch.expiresAt} relative />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <nav aria-label="Pages" className="mt-3 flex justify-end gap-2">
        {page > 0 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`/admin/batches?page=${page - 1}`}>Previous</Link>
          </Button>
        ) : null}
        {hasMore ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`/admin/batches?page=${page + 1}`}>Next</Link>
          </Button>
        ) : null}
      </nav>
    </div>
  );
}
