import "server-only";
import { recordDenial } from "@/lib/audit/record-denial";
import { can, ROUTE_PERMISSIONS, type RouteName } from "@/lib/auth/policy";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { contextFromHeaders } from "@/lib/request-context";
import { jsonError } from "./json-error";
import { withJsonErrors } from "./with-json-errors";

type SessionRoute = { [R in RouteName]: (typeof ROUTE_PERMISSIONS)[R] extends { auth: "session" } ? R : never }[RouteName];

/**
 * Routes for signed-in people (the CSV exports): the session decides who asks, the policy's rule for the route
 * whether they may. 401 without a session, 403 without the permission; both are recorded.
 */
export function withSession(route: SessionRoute, handler: (request: Request, user: SessionUser) => Promise<Response>) {
  const rule = ROUTE_PERMISSIONS[route];
  return withJsonErrors(route, async (request: Request) => {
    const user = await getCurrentUser();
    if (!user || !can(user, rule.permission)) {
      const status = user ? 403 : 401;
      await recordDenial({ subject: user, ip: contextFromHeaders(request.headers).ip, what: route, permission: rule.permission, status });
      return user
        ? jsonError(403, "forbidden", "Your role may not download exports.")
        : jsonError(401, "unauthenticated", "Sign in to download exports.");
    }
    return handler(request, user);
  });
}
