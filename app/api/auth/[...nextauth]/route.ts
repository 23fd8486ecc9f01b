import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api/json-error";
import { withJsonErrors } from "@/lib/api/with-json-errors";
import { authOptions } from "@/lib/auth/next-auth-options";
import { providerName } from "@/lib/auth/sso-providers";

type Context = { params: Promise<{ nextauth: string[] }> };

/*
 * next-auth for single sign-on only: GET csrf (the token the sign-in POST carries), POST signin/<provider> (off
 * to the provider) and GET callback/<provider> (back from it). Everything else next-auth could serve — its own
 * pages, sessions, providers list, sign-out — answers 404: sessions and sign-out are the application's own.
 */
async function route(request: NextRequest, context: Context, method: "GET" | "POST"): Promise<Response> {
  const [action, provider, ...rest] = (await context.params).nextauth ?? [];
  const known = provider !== undefined && providerName(provider) !== null && rest.length === 0;
  if (method === "GET" && action === "error" && provider === undefined) {
    const error = request.nextUrl.searchParams.get("error") ?? "Default";
    return Response.redirect(new URL(`/login?error=${encodeURIComponent(error)}`, request.nextUrl.origin), 302);
  }
  const allowed = method === "GET" ? (action === "csrf" && provider === undefined) || (action === "callback" && known) : action === "signin" && known;
  if (!allowed) return jsonError(404, "not_found", "There is nothing here.");
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export const GET = withJsonErrors("GET /api/auth/[...nextauth]", (request: Request, context: Context) => route(request as NextRequest, context, "GET"));
export const POST = withJsonErrors("POST /api/auth/[...nextauth]", (request: Request, context: Context) => route(request as NextRequest, context, "POST"));
