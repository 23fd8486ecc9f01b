import "server-only";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { can, ROUTE_PERMISSIONS, type RouteName } from "@/lib/auth/policy";
import { contextFromHeaders } from "@/lib/request-context";
import { jsonError } from "./json-error";
import { withJsonErrors } from "./with-json-errors";

type Params = Record<string, string | string[] | undefined>;
type RouteContext<P extends Params> = { params: Promise<P> };
type Handler<P extends Params> = (request: Request, context: { actor: Actor; params: P }) => Promise<Response>;
type KeyRoute = { [R in RouteName]: (typeof ROUTE_PERMISSIONS)[R] extends { auth: "api-key" } ? R : never }[RouteName];

/**
 * Every /api/v1 route that needs a key goes through here: the policy's rule for the route names the scope the
 * key must carry and the permission its creator must hold; the handler runs as that creator. Refusals are
 * recorded; timing and error handling are withJsonErrors'.
 */
export function withApiKey<P extends Params = Params>(route: KeyRoute, handler: Handler<P>) {
  const rule = ROUTE_PERMISSIONS[route];
  return withJsonErrors<RouteContext<P>>(route, async (request, context) => {
    const { ip } = contextFromHeaders(request.headers);
    const auth = await authenticateApiKey(request.headers.get("authorization"), rule.scope, ip);
    if (!auth.ok) {
      await recordDenial({ subject: auth.owner ?? null, ip, what: route, permission: rule.permission, status: auth.status, reason: auth.code });
      const challenge = auth.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api"' } : undefined;
      return jsonError(auth.status, auth.code, auth.message, undefined, challenge);
    }
    if (!can(auth.actor, rule.permission)) {
      await recordDenial({ subject: auth.actor, ip, what: route, permission: rule.permission, status: 403 });
      return jsonError(403, "forbidden", "The account this key acts for may not do this.");
    }
    return handler(request, { actor: auth.actor, params: await context.params });
  });
}
