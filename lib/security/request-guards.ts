/*
 * Requests turned away before Next.js sees them, because Next.js answers them with a 500: a path whose
 * percent-escapes do not decode, and a server-action POST that is too large, of a type Next cannot read, or whose
 * arguments are not the reply encoding a browser sends. Each gets a 4xx that says what is wrong.
 */
import { readBoundedBody } from "@/lib/http/read-bounded-body";

export const ACTION_BODY_LIMIT = 1024 * 1024;

export type Refusal = { status: number; code: string; message: string };

export function malformedPath(pathname: string): Refusal | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return { status: 400, code: "bad_path", message: "The address contains a malformed percent-escape (such as %ZZ)." };
  }
}

const ACTION_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"];

// React's reply encoding marks special values with "$": a literal "$" is "$$"; these stand for values a form's
// arguments may hold (undefined, NaN, infinities, -0, dates, big integers), and in a multipart body "$K<id>" is
// the submitted FormData. Anything else refers to parts (promises, maps, blobs, server references) no form here
// sends, and Next.js fails with a 500 when they are missing or malformed.
const PLAIN_MARKERS = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;
const FORM_DATA_MARKER = /^\$K[0-9a-f]+$/;

function plainReply(value: unknown, multipart: boolean): boolean {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_MARKERS.test(value) || (multipart && FORM_DATA_MARKER.test(value));
  if (Array.isArray(value)) return value.every((item) => plainReply(item, multipart));
  if (value && typeof value === "object") return Object.values(value).every((item) => plainReply(item, multipart));
  return true;
}

function isArgumentList(text: string, multipart: boolean): boolean {
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && plainReply(args, multipart);
  } catch {
    return false;
  }
}

/** A POST to a page is a server action (with or without JavaScript): checked for size, type and encoding. */
export async function malformedActionPost(request: Request): Promise<Refusal | null> {
  const tooLarge: Refusal = { status: 413, code: "too_large", message: `A form submission may be at most ${ACTION_BODY_LIMIT / 1024} KB.` };
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!ACTION_TYPES.includes(type)) {
    return { status: 415, code: "unsupported_media_type", message: "A form submission must be multipart/form-data, URL-encoded or an action's text reply." };
  }
  const body = await readBoundedBody(request.clone(), ACTION_BODY_LIMIT);
  if (!body) return tooLarge;
  const badArguments: Refusal = { status: 400, code: "bad_action_arguments", message: "The action's arguments are not in the form a browser sends them." };
  if (type === "text/plain") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return badArguments;
    }
    return isArgumentList(text, false) ? null : badArguments;
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    return { status: 400, code: "bad_form", message: "The form submission could not be read." };
  }
  // A script-driven call puts its argument list in field "0"; a form posted without scripts names its action instead.
  if (!request.headers.has("next-action")) return null;
  const args = form.get("0");
  return typeof args === "string" && isArgumentList(args, true) ? null : badArguments;
}
