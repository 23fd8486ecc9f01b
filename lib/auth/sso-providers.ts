import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { env } from "@/lib/env";

/** What the application takes from a provider's answer: who (provider + subject) and the contact it vouches for. */
export type ProviderIdentity = { provider: string; subject: string; email: string | null; emailVerified: boolean; name: string | null };

type Profile = Record<string, unknown>;

type SsoProvider = { config: OAuthConfig<Profile>; identity: (subject: string, profile: Profile) => ProviderIdentity };

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

/**
 * The identity providers configured by environment, in the order the buttons show them. The generic one is any
 * OpenID Connect issuer (discovery from OIDC_ISSUER, authorization code flow with PKCE and state); its e-mail
 * counts as verified only when the ID token says `email_verified: true`. GitHub gives only a verified primary
 * or public address; Google states `email_verified` like any OIDC provider.
 */
function configured(): SsoProvider[] {
  const config = env();
  const providers: SsoProvider[] = [];
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    const issuer = config.OIDC_ISSUER.replace(/\/$/, "");
    providers.push({
      config: {
        id: "oidc",
        name: config.OIDC_NAME,
        type: "oauth",
        wellKnown: `${issuer}/.well-known/openid-configuration`,
        clientId: config.OIDC_CLIENT_ID,
        clientSecret: config.OIDC_CLIENT_SECRET,
        authorization: { params: { scope: "openid email profile" } },
        idToken: true,
        checks: ["pkce", "state"],
        profile: (profile) => ({ id: String(profile.sub), email: text(profile.email), name: text(profile.name) }),
      },
      identity: (subject, profile) => ({
        provider: "oidc",
        subject,
        email: text(profile.email),
        emailVerified: profile.email_verified === true,
        name: text(profile.name) ?? text(profile.preferred_username),
      }),
    });
  }
  if (config.GITHUB_ID && config.GITHUB_SECRET) {
    providers.push({
      config: GitHubProvider({ clientId: config.GITHUB_ID, clientSecret: config.GITHUB_SECRET }) as unknown as OAuthConfig<Profile>,
      identity: (subject, profile) => ({ provider: "github", subject, email: text(profile.email), emailVerified: text(profile.email) !== null, name: text(profile.name) ?? text(profile.login) }),
    });
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push({
      config: GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }) as unknown as OAuthConfig<Profile>,
      identity: (subject, profile) => ({ provider: "google", subject, email: text(profile.email), emailVerified: profile.email_verified === true, name: text(profile.name) }),
    });
  }
  return providers;
}

/** For next-auth's options. */
export function providerConfigs(): OAuthConfig<Profile>[] {
  return configured().map((provider) => provider.config);
}

/** For the buttons: each configured provider's id and the name people know it by. */
export function ssoProviders(): { id: string; name: string }[] {
  return configured().map(({ config }) => ({ id: config.id, name: config.name }));
}

export function providerName(id: string): string | null {
  return ssoProviders().find((provider) => provider.id === id)?.name ?? null;
}

/** The identity in a provider's answer, by the provider's own rules for trusting its e-mail. */
export function identityFrom(providerId: string, subject: string, profile: Profile): ProviderIdentity | null {
  const provider = configured().find(({ config }) => config.id === providerId);
  return provider ? provider.identity(subject, profile) : null;
}
