import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { requirePermission } from "@/lib/auth/session";
import { CreateApiKeyForm } from "./create-api-key-form";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

export const metadata: Metadata = { title: "API keys" };

const STATUS = { active: "success", revoked: "destructive", expired: "muted" } as const;

export default async function ApiKeysPage() {
  await requirePermission("api-keys.manage", "/admin/api-keys");
  const keys = await listApiKeys();
  return (
    <div className="grid gap-6">
      <PageHeader
        title="API keys"
        description={
          <>
            A key acts for the administrator who created it, limited to its scopes. Send it as <code className="font-mono">Authorization: Bearer sk_…</code>; see
            the <Link href="/docs/api">API documentation</Link>.
          </>
        }
      />
      <CreateApiKeyForm />
      <section className="grid gap-3" aria-labelledby="keys-heading">
        <h2 id="keys-heading" className="text-lg font-semibold">
          Keys
        </h2>
        {keys.length === 0 ? (
          <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">No keys yet.</p>
        ) : (
          <Table label="API keys">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Key</TableHead>
                <TableHead scope="col">Scopes</TableHead>
                <TableHead scope="col">Created</TableHead>
                <TableHead scope="col">Expires</TableHead>
                <TableHead scope="col">Last used</TableHead>
                <TableHead scope="col">Status</TableHead>
                <TableHead scope="col">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keys.map((key) => (
                <TableRow key={key.id}>
                  <TableCell className="font-medium">{key.name}</TableCell>
                  <TableCell className="font-mono">{key.prefix}…</TableCell>
                  <TableCell className="text-xs">{key.scopes.join(", ")}</TableCell>
                  <TableCell>
                    <LocalTime value={key.createdAt} relative /> <span className="text-xs text-muted-foreground">by {key.createdBy?.name ?? "a deleted user"}</span>
                  </TableCell>
                  <TableCell>{key.expiresAt ? <LocalTime value={key.expiresAt} relative /> : "never"}</TableCell>
                  <TableCell>{key.lastUsedAt ? <LocalTime value={key.lastUsedAt} relative /> : "never"}</TableCell>
                  <TableCell>
                    <Badge variant={STATUS[key.status]}>{key.status[0]!.toUpperCase() + key.status.slice(1)}</Badge>
                  </TableCell>
                  <TableCell className="text-right">{key.status === "active" ? <RevokeApiKeyButton id={key.id} name={key.name} /> : null}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
