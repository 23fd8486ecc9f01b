import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/client";
import { reportUnexpectedError } from "@/lib/unexpected-error";
import { requestContext, type RequestContext } from "@/lib/request-context";
import type { DomainError, Result } from "@/lib/result";
import { userWithRole, type SessionUser } from "@/lib/auth/session";
import { fieldErrors } from "@/lib/validation/field-errors";

/** What a form's `useActionState` holds: the last result and, on failure, what was typed (never passwords). */
export type ActionState<T> =
  | { ok: true; data: T }
  | { ok: false; error: DomainError; values: Record<string, string> }
  | null;

type Context<Roles> = RequestContext & { user: Roles extends "anyone" ? SessionUser | null : SessionUser };

const SECRET_FIELD = /password|token|secret/i;

function formValues(input: unknown): Record<string, string> {
  if (!input || typeof input !== "object") return {};
  const entries = input instanceof FormData ? [...input.entries()] : Object.entries(input);
  return Object.fromEntries(
    entries.filter(([key, value]) => typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$")),
  ) as Record<string, string>;
}

/**
 * The one wrapper every server action uses: parse the input with the shared zod schema, check the role, call
 * one domain function, and answer `{ ok, data } | { ok, error }`. Unexpected errors are logged with a
 * reference and reported as a short, honest message; Next's own redirects pass through.
 */
export function createAction<S extends z.ZodType, T, const Roles extends readonly Role[] | "anyone">(
  config: { name: string; schema: S; roles: Roles },
  handler: (input: z.output<S>, context: Context<Roles>) => Promise<Result<T>>,
) {
  return async function action(_previous: ActionState<T>, input: FormData | z.input<S>): Promise<ActionState<T>> {
    const values = formValues(input);
    try {
      const raw = input instanceof FormData ? Object.fromEntries(input) : input;
      const user = config.roles === "anyone" ? null : await userWithRole(config.roles as readonly Role[]);
      if (config.roles !== "anyone" && !user) {
        return { ok: false, values, error: { code: "forbidden", message: "You are not allowed to do this. Sign in with an account that may." } };
      }
      const parsed = config.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, values, error: { code: "validation", message: "Some fields need attention.", fields: fieldErrors(parsed.error) } };
      }
      const context = { ...(await requestContext()), user } as Context<Roles>;
      const result = await handler(parsed.data, context);
      return result.ok ? result : { ok: false, error: result.error, values };
    } catch (error) {
      unstable_rethrow(error);
      const message = reportUnexpectedError("server action failed", { action: config.name }, error);
      return { ok: false, values, error: { code: "internal", message } };
    }
  };
}
