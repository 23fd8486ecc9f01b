import "server-only";
/** The one error shape of the JSON API: `{ error: { code, message, details? } }`. */
type JsonErrorBody = { error: { code: string; message: string; details?: unknown } };

export function jsonError(
  status: number,
  code: string,
  message: string,
  details?: unknown,
  headers?: HeadersInit,
): Response {
  const body: JsonErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  return Response.json(body, { status, headers });
}
