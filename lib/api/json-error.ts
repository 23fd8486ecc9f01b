/** The one error shape of the JSON API: `{ error: { code, message, details? } }`. */
export type JsonErrorBody = { error: { code: string; message: string; details?: unknown } };

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

/** The request body as JSON, or null when it is not JSON at all (the caller answers 400). */
export async function readJsonBody(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json();
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
