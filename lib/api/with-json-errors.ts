import "server-only";
import type { RouteName } from "@/lib/auth/policy";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { reportUnexpectedError } from "@/lib/unexpected-error";
import { observeRequest } from "@/lib/metrics/observe-request";
import { jsonError } from "./json-error";

/**
 * Every JSON route goes through here, named as in the policy's route table: its duration lands in the request
 * histogram under that name (a template, never the raw URL), a database outage is a 503 the client may retry, and any other unexpected error is logged
 * with a reference and answered in the API's error shape (500 `internal`), never as an HTML error page.
 */
export function withJsonErrors<Context = unknown>(route: RouteName, handler: (request: Request, context: Context) => Promise<Response>) {
  return (request: Request, context: Context): Promise<Response> =>
    observeRequest(route, request.method, async () => {
      try {
        return await handler(request, context);
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          log.warn("api route: database unavailable", { route, method: request.method, error });
          return jsonError(503, "unavailable", "The database is briefly unavailable; please try again in a few seconds.", undefined, {
            "Retry-After": "5",
          });
        }
        return jsonError(500, "internal", reportUnexpectedError("api route failed", { route, method: request.method }, error));
      }
    });
}
