import "server-only";
import type { AuthOptions } from "next-auth";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { completeSsoSignIn } from "./sso-sign-in";
import { identityFrom, providerConfigs } from "./sso-providers";

/**
 * next-auth runs only the OAuth/OpenID exchange with the providers. Its signIn callback always answers with an
 * address (never `true`), so next-auth never issues a session of its own: completeSsoSignIn opens the
 * application's session record, which obeys the same lifetimes and sign-out as a password sign-in.
 */
export function authOptions(): AuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    providers: providerConfigs(),
    session: { strategy: "jwt" },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      async signIn({ account, profile }) {
        if (!account || !profile) return "/login?error=OAuthCallback";
        const identity = identityFrom(account.provider, account.providerAccountId, profile as Record<string, unknown>);
        if (!identity) return "/login?error=Configuration";
        return completeSsoSignIn(identity);
      },
    },
    logger: {
      error: (code, metadata) => log.error("next-auth error", { code, error: metadata instanceof Error ? metadata.message : String((metadata as { message?: unknown })?.message ?? "") }),
      warn: (code) => log.warn("next-auth warning", { code }),
      debug: () => undefined,
    },
  };
}
