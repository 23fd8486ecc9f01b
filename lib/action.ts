import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { recordDenial } from "@/lib/audit/record-denial";
import { ACTION_PERMISSIONS, allows, PUBLIC, type ActionName } from "@/lib/auth/policy";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { requestContext, type RequestContext } from "@/lib/request-context";
import type { DomainError, Result } from "@/lib/result";
import { reportUnexpectedError } from "@/lib/unexpected-error";
import { fieldErrors } from "@/lib/validation/field-errors";

/** What a form's `useActionState` holds: the last result and, on failure, what was typed (never passwords). */
export type ActionState<T> =
  | { ok: true; data: T }
  | { ok: false; error: DomainError; values: Record<string, string> }
  | null;

type Context<N extends ActionName> = RequestContext & {
  user: (typeof ACTION_PERMISSIONS)[N] extends typeof PUBLIC ? SessionUser | null : SessionUser;
};

const SECRET_FIELD = /password|token|secret/i;

const FORBIDDEN: DomainError = { code: "forbidden", message: "You are not allowed to do this. Sign in with an account that may." };

function formValues(input: unknown): Record<string, string> {
  if (!input || typeof input !== "object") return {};
  const entries = input instanceof FormData ? [...input.entries()] : Object.entries(input);
  return Object.fromEntries(
    entries.filter(([key, value]) => typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$")),
  ) as Record<string, string>;
}

/**
 * The one wrapper every server action uses: ask the policy whether the caller may run the action (its
 * requirement is looked up by name in ACTION_PERMISSIONS), parse the input with the shared zod schema, call one
 * domain function, and answer `{ ok, data } | { ok, error }`. Refusals — by the policy here or by a resource rule
 * in the domain — are recorded. Unexpected errors are logged with a reference and reported as a short, honest
 * message; Next's own redirects pass through.
 */
export function createAction<S extends z.ZodType, T, const N extends ActionName>(
  config: { name: N; schema: S },
  handler: (input: z.output<S>, context: Context<N>) => Promise<Result<T>>,
) {
  const requirement = ACTION_PERMISSIONS[config.name];
  const what = `action ${config.name}`;
  return async function action(_previous: ActionState<T>, input: FormData | z.input<S>): Promise<ActionState<T>> {
    const values = formValues(input);
    try {
      const [user, request] = await Promise.all([getCurrentUser(), requestContext()]);
      if (!allows(user, requirement)) {
        await recordDenial({ subject: user, ip: request.ip, what, permission: requirement, status: user ? 403 : 401 });
        return { ok: false, values, error: FORBIDDEN };
      }
      const raw = input instanceof FormData ? Object.fromEntries(input) : input;
      const parsed = await config.schema.safeParseAsync(raw);
      if (!parsed.success) {
        return { ok: false, values, error: { code: "validation", message: "Some fields need attention.", fields: fieldErrors(parsed.error) } };
      }
      const result = await handler(parsed.data, { ...request, user } as Context<N>);
      if (result.ok) return result;
      if (result.error.code === "forbidden") {
        await recordDenial({ subject: user, ip: request.ip, what, permission: requirement, status: 403, reason: result.error.message });
      }
      return { ok: false, error: result.error, values };
    } catch (error) {
      unstable_rethrow(error);
      const message = reportUnexpectedError("server action failed", { action: config.name }, error);
      return { ok: false, values, error: { code: "internal", message } };
    }
  };
}
