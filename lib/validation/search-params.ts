/**
 * A page's search params as a plain object for a zod schema: empty fields (an unset filter submitted by a GET
 * form) are dropped, and a repeated key keeps its first value.
 */
export function filledParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first?.trim()) filled[key] = first;
  }
  return filled;
}
