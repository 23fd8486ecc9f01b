import { readFileSync } from "node:fs";
import path from "node:path";

export type ServerActionRef = { id: string; name: string; file: string; page: string };

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

/** The page path a worker key such as "app/(public)/invite/[code]/page" serves. */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !segment.startsWith("("))
    .map((segment) => (segment.startsWith("[") ? "00000000-0000-4000-8000-000000000000" : segment));
  return `/${segments.join("/")}`;
}

/** Every server action in the production build, from Next's server reference manifest. */
export function serverActions(): ServerActionRef[] {
  const manifest: Manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    file: entry.filename,
    page: pagePath(Object.keys(entry.workers)[0] ?? "app/page"),
  }));
}

export function serverAction(name: string): ServerActionRef {
  const found = serverActions().find((action) => action.name === name);
  if (!found) throw new Error(`no server action named ${name} in the build`);
  return found;
}

// React's reply encoding marks references with a leading "$"; a literal "$" is written "$$".
function encodeArg(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeArg);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeArg(v)]));
  return value;
}

/**
 * Calls a server action the way the browser's runtime does (a POST with the Next-Action header), with
 * `useActionState`'s arguments: the previous state and the input. Anyone can send this request, which is the
 * point: the action itself must refuse what the caller may not do. `page` posts it to another page than its own
 * (Next then forwards it internally to the page that has it).
 */
export async function callServerAction(
  baseUrl: string,
  action: ServerActionRef,
  input: unknown,
  cookie?: string,
  options: { headers?: Record<string, string>; page?: string } = {},
) {
  const response = await fetch(new URL(options.page ?? action.page, baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...(cookie ? { Cookie: cookie } : {}),
      ...options.headers,
    },
    body: JSON.stringify([null, encodeArg(input)]),
  });
  const body = await response.text();
  return { status: response.status, body, redirect: response.headers.get("x-action-redirect"), setCookie: response.headers.getSetCookie() };
}

/** The rows of an RSC payload: `id:json\n`, or `id:T<hex byte length>,<text>` with no line break after the text. */
function rscRows(body: string): string[] {
  const bytes = Buffer.from(body, "utf8");
  const rows: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(":", at);
    if (colon < 0) break;
    if (bytes[colon + 1] === "T".charCodeAt(0)) {
      const comma = bytes.indexOf(",", colon);
      at = comma + 1 + parseInt(bytes.subarray(colon + 2, comma).toString(), 16);
      continue;
    }
    const end = bytes.indexOf("\n", colon);
    rows.push(bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString());
    at = end < 0 ? bytes.length : end + 1;
  }
  return rows;
}

/** The `{ ok, … }` result a createAction() wrapper returned, read out of the RSC payload. */
export function actionResult(body: string): { ok: boolean; error?: { code: string; message: string; fields?: Record<string, string> } } | null {
  for (const row of rscRows(body)) {
    if (!row.includes('"ok":')) continue;
    try {
      const value = JSON.parse(row);
      if (typeof value?.ok === "boolean") return value;
    } catch {
      // not a JSON row
    }
  }
  return null;
}
