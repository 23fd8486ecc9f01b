/** The one error shape of the JSON API: `{ error: { code, message, details? } }`. */
export function jsonError(status: number, code: string, message: string, details?: unknown, headers?: HeadersInit): Response {
  const error = details === undefined ? { code, message } : { code, message, details };
  return Response.json({ error }, { status, headers });
}
