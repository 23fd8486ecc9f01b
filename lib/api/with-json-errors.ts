import { randomUUID } from "node:crypto";
import { log } from "@/lib/log";
import { jsonError } from "./json-error";

/**
 * Wraps a JSON route handler so that an unexpected error is logged with a reference and answered as the API's
 * usual error shape (500 `internal`), never as an HTML error page.
 */
export function withJsonErrors<Args extends unknown[]>(name: string, handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const reference = randomUUID().slice(0, 8);
      log.error("api route failed", { route: name, reference, error });
      return jsonError(500, "internal", `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${reference}.`);
    }
  };
}
