import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { idSchema } from "@/lib/validation/fields";
import { findWebhookEndpoint, listDeliveries } from "@/lib/webhooks/manage-endpoints";
import { resendWebhookDeliveryAction } from "../actions";

export const metadata: Metadata = { title: "Webhook deliveries" };

const STATUS_VARIANT = { DELIVERED: "success", PENDING: "warning", FAILED: "destructive", SKIPPED: "muted" } as const;

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("webhooks.manage", `/admin/webhooks/${id}`);
  const endpoint = idSchema.safeParse(id).success ? await findWebhookEndpoint(id) : null;
  if (!endpoint) notFound();
  const deliveries = await listDeliveries(endpoint.id);
  return (
    <div className="grid gap-4">
      <PageHeader title="Delivery log" description={<span className="break-all">{endpoint.url}</span>} />
      {deliveries.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing delivered yet.</p>
      ) : (
        <Table label="Deliveries">
          <TableHeader>
            <TableRow>
              <TableHead>Event</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Tries</TableHead>
              <TableHead>HTTP</TableHead>
              <TableHead>Latency</TableHead>
              <TableHead>Response</TableHead>
              <TableHead>Last try</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {deliveries.map((delivery) => (
              <TableRow key={delivery.id}>
                <TableCell>
                  <span className="font-mono text-xs">{delivery.eventType}</span>
                  <div className="font-mono text-xs text-muted-foreground">{delivery.eventId}</div>
                </TableCell>
                <TableCell>
                  <Badge variant={STATUS_VARIANT[delivery.status as keyof typeof STATUS_VARIANT]}>{delivery.status.toLowerCase()}</Badge>
                </TableCell>
                <TableCell>{delivery.attempts}</TableCell>
                <TableCell>{delivery.statusCode ?? "—"}</TableCell>
                <TableCell>{delivery.latencyMs === null ? "—" : `${delivery.latencyMs} ms`}</TableCell>
                <TableCell className="max-w-xs text-xs break-words">{delivery.lastError ?? delivery.responseExcerpt ?? ""}</TableCell>
                <TableCell>{delivery.lastAttemptAt ? <LocalTime value={delivery.lastAttemptAt} /> : "—"}</TableCell>
                <TableCell>
                  <ActionForm action={resendWebhookDeliveryAction} submitLabel="Resend" size="sm" variant="outline" success="Queued.">
                    <input type="hidden" name="id" value={delivery.id} />
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
