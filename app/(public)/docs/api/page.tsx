import type { Metadata } from "next";
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

function Fields({ title, schema }: { title: string; schema: Endpoint["body"] }) {
  if (!schema) return null;
  const object = jsonSchema(schema, "input");
  const rows = Object.entries(object.properties ?? {});
  return (
    <table>
      <caption className="hint">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Required</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, property]) => (
          <tr key={name}>
            <td className="code">{name}</td>
            <td>{describe(property as Property)}</td>
            <td>{object.required?.includes(name) ? "yes" : "no"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A readable rendering of the same endpoint list and zod schemas that produce /api/v1/openapi.json. */
export default function ApiDocsPage() {
  return (
    <div className="stack">
      <h1>API documentation</h1>
      <p>
        JSON over HTTPS. Send <span className="code">Authorization: Bearer sk_…</span> with a key an administrator created at
        /admin/api-keys; a key acts for that administrator, limited to its scopes. Errors always look like{" "}
        <span className="code">{`{ "error": { "code", "message", "details"? } }`}</span>. Machine-readable:{" "}
        <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.
      </p>
      {ENDPOINTS.map((endpoint) => (
        <section key={`${endpoint.method} ${endpoint.path}`} className="card stack" aria-labelledby={`${endpoint.method}-${endpoint.path}`}>
          <h2 id={`${endpoint.method}-${endpoint.path}`} className="code">
            {endpoint.method.toUpperCase()} {endpoint.path}
          </h2>
          <p>{endpoint.summary}.</p>
          <p className="hint">
            {endpoint.scope ? (
              <>
                Scope: <span className="code">{endpoint.scope}</span>.{" "}
              </>
            ) : (
              "No key needed. "
            )}
            Success: {endpoint.response.status}. Errors: {endpoint.errors.join(", ")}.
          </p>
          <Fields title="Query parameters" schema={endpoint.query} />
          <Fields title="JSON body" schema={endpoint.body} />
        </section>
      ))}
    </div>
  );
}
