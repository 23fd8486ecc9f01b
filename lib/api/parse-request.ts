import type { z } from "zod";
import { jsonError } from "./json-error";

type Parsed<S extends z.ZodType> = { ok: true; data: z.output<S> } | { ok: false; response: Response };

function invalid(error: z.ZodError): Response {
  const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  return jsonError(400, "validation", "Some fields need attention.", details);
}

/** Query parameters through the shared schema; a repeated parameter keeps its last value. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): Parsed<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalid(parsed.error) };
}

/** A JSON body through the shared schema; an empty body counts as `{}`, a body that is not JSON is a 400 of its own. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<S>> {
  const text = await request.text();
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, "invalid_json", "The request body must be JSON.") };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalid(parsed.error) };
}
