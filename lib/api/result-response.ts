import "server-only";
import type { Result } from "@/lib/result";
import { jsonError } from "./json-error";

const STATUS: Record<string, number> = { validation: 400, forbidden: 403, not_found: 404, conflict: 409, email_taken: 409, mail_limit: 429 };

/** A domain Result as an API response: data with `status`, or the error in the API's shape. */
export function resultResponse<T>(result: Result<T>, status = 200): Response {
  if (result.ok) return Response.json(result.data, { status });
  const { code, message, fields } = result.error;
  return jsonError(STATUS[code] ?? 400, code, message, fields);
}

/** A decision on one thing (approve or reject one request): the decision's own error decides the status. */
export function decisionResponse(result: Result<{ ok: boolean; error?: { code: string; message: string } }[]>): Response {
  if (!result.ok) return resultResponse(result);
  const [decision] = result.data;
  if (decision && !decision.ok && decision.error) return resultResponse({ ok: false, error: decision.error });
  return Response.json(decision, { status: 200 });
}
