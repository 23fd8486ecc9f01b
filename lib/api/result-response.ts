import type { Result } from "@/lib/result";
import { jsonError } from "./json-error";

const STATUS: Record<string, number> = { validation: 400, forbidden: 403, not_found: 404, conflict: 409 };

/** A domain Result as an API response: data with `status`, or the error in the API's shape. */
export function resultResponse<T>(result: Result<T>, status = 200): Response {
  if (result.ok) return Response.json(result.data, { status });
  const { code, message, fields } = result.error;
  return jsonError(STATUS[code] ?? 400, code, message, fields);
}
