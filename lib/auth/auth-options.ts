import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { contextFromHeaders } from "@/lib/request-context";
import { signInWithPassword } from "./sign-in";

export const SESSION_MAX_AGE = 8 * 60 * 60;

let options: NextAuthOptions | undefined;

/**
 * next-auth's configuration, built on first use so that `next build` needs no secret. Sessions are JWTs that
 * carry only the user id and session version; role and `disabled` are read from the database on every request
 * (see session.ts), so a change takes effect at once.
 */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const result = await signInWithPassword({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            ip: contextFromHeaders(new Headers(request.headers as Record<string, string>)).ip,
          });
          if (!result.ok) throw new Error(result.error.message);
          return { id: result.data.id, email: result.data.email, name: result.data.name, sv: result.data.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sv = (user as { sv?: number }).sv ?? 0;
        return token;
      },
    },
  };
  return options;
}
