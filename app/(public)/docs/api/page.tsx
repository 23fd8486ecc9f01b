import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ENDPOINTS, jsonSchema, type Endpoint } from "@/lib/api/openapi-document";

export const metadata: Metadata = { title: "API documentation" };

type Property = { type?: string | string[]; enum?: unknown[]; format?: string; minimum?: number; maximum?: number; maxLength?: number; default?: unknown };

function describe(property: Property): string {
  const parts = [property.enum ? property.enum.join(" | ") : [property.type].flat().filter(Boolean).join(" | ") || "any"];
  if (property.format) parts.push(`(${property.format})`);
  if (property.minimum !== undefined || property.maximum !== undefined) parts.push(`${property.minimum ?? ""}…${property.maximum ?? ""}`);
  if (property.maxLength !== undefined) parts.push(`≤ ${property.maxLength} chars`);
  if (property.default !== undefined) parts.push(`default ${JSON.stringify(property.default)}`);
  return parts.join(" ");
}

// The table's region label names the endpoint too: two regions with one label are indistinguishable landmarks.
function Fields({ title, endpoint, schema }: { title: string; endpoint: Endpoint; schema: Endpoint["body"] }) {
  if (!schema) return null;
  const object = jsonSchema(schema, "input");
  const rows = Object.entries(object.properties ?? {});
  return (
    <div className="grid gap-1.5">
      <h3 className="text-sm font-medium">{title}</h3>
      <Table label={`${title} of ${endpoint.method.toUpperCase()} ${endpoint.path}`}>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Field</TableHead>
            <TableHead scope="col">Type</TableHead>
            <TableHead scope="col">Required</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([name, property]) => (
            <TableRow key={name}>
              <TableCell className="font-mono">{name}</TableCell>
              <TableCell className="whitespace-normal">{describe(property as Property)}</TableCell>
              <TableCell>{object.required?.includes(name) ? "yes" : "no"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

const METHOD_TONE: Record<string, "success" | "warning" | "muted"> = { get: "success", post: "warning" };

/** A readable rendering of the same endpoint list and zod schemas that produce /api/v1/openapi.json. */
export default function ApiDocsPage() {
  return (
    <div className="grid max-w-4xl gap-6">
      <PageHeader
        title="API documentation"
        description={
          <>
            JSON over HTTPS. Send <code className="font-mono">Authorization: Bearer sk_…</code> with a key an administrator created under API keys; a key acts
            for that administrator, limited to its scopes. Errors always look like <code className="font-mono">{`{ "error": { "code", "message", "details"? } }`}</code>.
            Machine-readable: <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
          </>
        }
      />
      {ENDPOINTS.map((endpoint) => (
        <Card key={`${endpoint.method} ${endpoint.path}`} role="region" aria-labelledby={`${endpoint.method}-${endpoint.path}`}>
          <h2 id={`${endpoint.method}-${endpoint.path}`} className="flex flex-wrap items-center gap-2 font-mono text-base font-semibold break-all">
            <Badge variant={METHOD_TONE[endpoint.method] ?? "muted"}>{endpoint.method.toUpperCase()}</Badge> {endpoint.path}
          </h2>
          <p className="text-sm">{endpoint.summary}.</p>
          <p className="text-sm text-muted-foreground">
            {endpoint.scope ? (
              <>
                Scope: <code className="font-mono">{endpoint.scope}</code>.{" "}
              </>
            ) : (
              "No key needed. "
            )}
            Success: {endpoint.response.status}. Errors: {endpoint.errors.join(", ")}.
          </p>
          <Fields title="Query parameters" endpoint={endpoint} schema={endpoint.query} />
          <Fields title="JSON body" endpoint={endpoint} schema={endpoint.body} />
        </Card>
      ))}
    </div>
  );
}
