// oidc-provider ships no type declarations; this is the part of its API the test provider uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };

  export default class Provider {
    constructor(
      issuer: string,
      configuration: {
        clients: Record<string, unknown>[];
        claims?: Record<string, string[]>;
        conformIdTokenClaims?: boolean;
        cookies?: { keys: string[] };
        findAccount: (context: unknown, id: string) => Promise<Account | undefined>;
      },
    );
    listen(port: number): Server;
  }
}
