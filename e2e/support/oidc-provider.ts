import Provider from "oidc-provider";

/*
 * A real OpenID Connect provider for the end-to-end tests (the `oidc-provider` package, its development login
 * and consent pages), not a mocked callback: the app discovers it, redirects to it, exchanges the code with PKCE
 * and checks the signed ID token. Any login name signs in; the account's claims follow from it:
 * `<local>@<domain>` is the e-mail, verified unless the local part starts with "unverified", and the name is the
 * local part with capitals ("ada-lovelace@…" → "Ada Lovelace").
 */
export const OIDC_CLIENT_ID = "invite-codes-e2e";
export const OIDC_CLIENT_SECRET = "e2e-oidc-client-secret-0123456789";

function nameOf(email: string): string {
  return email
    .split("@")[0]!
    .split(/[-_.]/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(" ");
}

export async function startOidcProvider(options: { port: number; appUrl: string }): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const issuer = `http://localhost:${options.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`${options.appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The claims go into the ID token itself, which is what the app reads.
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-oidc-cookie-key-0123456789"] },
    async findAccount(_context, id) {
      const email = id.includes("@") ? id.toLowerCase() : `${id.toLowerCase()}@example.test`;
      return {
        accountId: id,
        claims: async () => ({ sub: id, email, email_verified: !email.startsWith("unverified"), name: nameOf(email) }),
      };
    },
  });
  const server = provider.listen(options.port);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
