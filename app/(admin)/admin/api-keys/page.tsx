import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { requirePermission } from "@/lib/auth/session";
import { CreateApiKeyForm } from "./create-api-key-form";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requirePermission("api-keys.manage", "/admin/api-keys");
  const keys = await listApiKeys();
  return (
    <div className="stack">
      <h1>API keys</h1>
      <p>
        A key acts for the administrator who created it, limited to its scopes. Send it as <span className="code">Authorization: Bearer sk_…</span>;
        see the <Link href="/docs/api">API documentation</Link>.
      </p>
      <CreateApiKeyForm />
      <section className="stack" aria-label="Existing keys">
        <h2>Keys</h2>
        {keys.length === 0 ? (
          <p className="hint">No keys yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td className="code">{key.prefix}…</td>
                  <td>{key.scopes.join(", ")}</td>
                  <td>
                    <LocalTime value={key.createdAt} />
                    <div className="hint">{key.createdBy?.email ?? "deleted user"}</div>
                  </td>
                  <td>{key.expiresAt ? <LocalTime value={key.expiresAt} /> : "never"}</td>
                  <td>{key.lastUsedAt ? <LocalTime value={key.lastUsedAt} /> : "never"}</td>
                  <td>
                    <span className={`badge ${key.status === "active" ? "active" : key.status === "revoked" ? "revoked" : "expired"}`}>{key.status}</span>
                  </td>
                  <td>{key.status === "active" ? <RevokeApiKeyButton id={key.id} name={key.name} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
