import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import type { Actor } from "@/lib/auth/actor";
import { contextFromHeaders } from "@/lib/request-context";
import type { ApiScope } from "@/lib/validation/api-keys";
import { jsonError } from "./json-error";
import { withJsonErrors } from "./with-json-errors";

type Params = Record<string, string | string[] | undefined>;
type RouteContext<P extends Params> = { params: Promise<P> };
type Handler<P extends Params> = (request: Request, context: { actor: Actor; params: P }) => Promise<Response>;

/**
 * Every /api/v1 route that needs a key goes through here: the key is checked for the route's scope and the
 * handler runs as the key's creator; timing and error handling are withJsonErrors'.
 */
export function withApiKey<P extends Params = Params>(route: string, scope: ApiScope, handler: Handler<P>) {
  return withJsonErrors<RouteContext<P>>(route, async (request, context) => {
    const { ip } = contextFromHeaders(request.headers);
    const auth = await authenticateApiKey(request.headers.get("authorization"), scope, ip);
    if (!auth.ok) {
      const challenge = auth.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api"' } : undefined;
      return jsonError(auth.status, auth.code, auth.message, undefined, challenge);
    }
    return handler(request, { actor: auth.actor, params: await context.params });
  });
}
