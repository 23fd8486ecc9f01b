import { randomUUID } from "node:crypto";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import type { Actor } from "@/lib/auth/actor";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { observeRequest } from "@/lib/metrics/observe-request";
import { contextFromHeaders } from "@/lib/request-context";
import type { ApiScope } from "@/lib/validation/api-keys";
import { jsonError } from "./api-error";

type Params = Record<string, string | string[] | undefined>;
type RouteContext<P extends Params> = { params: Promise<P> };
type Handler<P extends Params> = (request: Request, context: { actor: Actor; params: P }) => Promise<Response>;

/**
 * Every /api/v1 route that needs a key goes through here: the key is checked for the route's scope, the
 * handler runs as the key's creator, the duration lands in the request histogram, a database outage is a 503,
 * and an unexpected error becomes a 500 in the API's error shape with a reference that is also logged.
 */
export function withApiKey<P extends Params = Params>(route: string, scope: ApiScope, handler: Handler<P>) {
  return async function apiRoute(request: Request, context: RouteContext<P>): Promise<Response> {
    return observeRequest(route, request.method, async () => {
      try {
        const { ip } = contextFromHeaders(request.headers);
        const auth = await authenticateApiKey(request.headers.get("authorization"), scope, ip);
        if (!auth.ok) {
          const challenge = auth.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api"' } : undefined;
          return jsonError(auth.status, auth.code, auth.message, undefined, challenge);
        }
        return await handler(request, { actor: auth.actor, params: await context.params });
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          log.warn("api route: database unavailable", { route, method: request.method, error });
          return jsonError(503, "unavailable", "The service is briefly unavailable; try again shortly.", undefined, { "Retry-After": "5" });
        }
        const reference = randomUUID().slice(0, 8);
        log.error("api route failed", { route, method: request.method, reference, error });
        return jsonError(500, "internal", `Something went wrong on our side; quote reference ${reference}.`);
      }
    });
  };
}
