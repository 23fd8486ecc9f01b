import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listWebhookEndpoints } from "@/lib/webhooks/manage-endpoints";
import { updateWebhookAction } from "./actions";
import { CreateWebhookForm } from "./create-webhook-form";
import { DeleteWebhook } from "./delete-webhook";

export const metadata: Metadata = { title: "Webhooks", referrer: "no-referrer" };

export default async function WebhooksPage() {
  await requirePermission("webhooks.manage", "/admin/webhooks");
  const endpoints = await listWebhookEndpoints();
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Webhooks"
        description="Other systems learn of invites and users as they change: each event is POSTed, signed per Standard Webhooks, retried with backoff. An endpoint failing for 3 days is disabled."
      />
      <CreateWebhookForm />
      <section className="grid gap-2" aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading" className="text-lg font-semibold">
          Endpoints
        </h2>
        {endpoints.length === 0 ? (
          <p className="text-sm text-muted-foreground">No endpoints yet.</p>
        ) : (
          <Table label="Webhook endpoints">
            <TableHeader>
              <TableRow>
                <TableHead>URL</TableHead>
                <TableHead>Events</TableHead>
                <TableHead>State</TableHead>
                <TableHead>Created</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {endpoints.map((endpoint) => (
                <TableRow key={endpoint.id}>
                  <TableCell className="max-w-xs break-all">
                    <Link href={`/admin/webhooks/${endpoint.id}`} className="underline underline-offset-4">
                      {endpoint.url}
                    </Link>
                    {endpoint.description ? <div className="text-xs text-muted-foreground">{endpoint.description}</div> : null}
                  </TableCell>
                  <TableCell className="font-mono text-xs">{endpoint.events.join(", ")}</TableCell>
                  <TableCell>
                    {endpoint.enabled ? (
                      endpoint.failingSince ? (
                        <Badge variant="warning">failing since <LocalTime value={endpoint.failingSince} /></Badge>
                      ) : (
                        <Badge variant="success">enabled</Badge>
                      )
                    ) : (
                      <Badge variant="destructive">disabled{endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}</Badge>
                    )}
                  </TableCell>
                  <TableCell>
                    <LocalTime value={endpoint.createdAt} />
                  </TableCell>
                  <TableCell className="flex flex-wrap gap-2">
                    <ActionForm action={updateWebhookAction} submitLabel={endpoint.enabled ? "Disable" : "Enable"} size="sm" variant="outline">
                      <input type="hidden" name="id" value={endpoint.id} />
                      <input type="hidden" name="enabled" value={endpoint.enabled ? "false" : "true"} />
                    </ActionForm>
                    <DeleteWebhook id={endpoint.id} url={endpoint.url} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
