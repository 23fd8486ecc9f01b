import "server-only";
import type { z } from "zod";
import { readBoundedBody } from "@/lib/http/read-bounded-body";
import { jsonError } from "./json-error";

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Far above any body the API takes (a batch of invites is a few hundred bytes); beyond it is a 413. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

function invalid(error: z.ZodError): Response {
  const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  return jsonError(400, "validation", "Some fields need attention.", details);
}

function isJsonMediaType(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

const tooLarge = () => jsonError(413, "too_large", `The request body may be at most ${MAX_JSON_BODY_BYTES / 1024} KB.`);

/**
 * The one JSON body reader of the API: a body needs `Content-Type: application/json` (415 otherwise), fits in
 * MAX_JSON_BODY_BYTES (413), is JSON (400 `invalid_json`) and is an object (400 `validation`). An empty body
 * counts as `{}` whatever its type, so a POST without a payload still reaches the schema's field messages.
 */
export async function readJsonObject(request: Request): Promise<Parsed<Record<string, unknown>>> {
  const bytes = await readBoundedBody(request, MAX_JSON_BODY_BYTES);
  if (bytes === null) return { ok: false, response: tooLarge() };
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === "") return { ok: true, data: {} };
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    return { ok: false, response: jsonError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.") };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, "invalid_json", "The request body is not valid JSON.") };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, response: jsonError(400, "validation", "The request body must be a JSON object.") };
  }
  return { ok: true, data: body as Record<string, unknown> };
}

/** Query parameters through the shared schema; a repeated parameter keeps its last value. */
export async function parseQuery<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const parsed = await schema.safeParseAsync(Object.fromEntries(new URL(request.url).searchParams));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalid(parsed.error) };
}

/** An already-read value through a schema, answered as parseBody answers. */
export async function parseValue<S extends z.ZodType>(value: unknown, schema: S): Promise<Parsed<z.output<S>>> {
  const parsed = await schema.safeParseAsync(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalid(parsed.error) };
}

/** A JSON body (readJsonObject) through the shared schema. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const body = await readJsonObject(request);
  if (!body.ok) return body;
  const parsed = await schema.safeParseAsync(body.data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalid(parsed.error) };
}
