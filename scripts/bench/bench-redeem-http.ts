import autocannon from "autocannon";
import { startAppServer } from "@/tests/support/app-server";
import type { LoadResult } from "./redeem-limit";
import { round } from "./measure";

export type HttpRedeemResult = LoadResult & { peakRssMb: number; statusCodes: Record<string, number> };

/**
 * POST /api/v1/redeem on the production build (`next start`), `concurrency` connections for `seconds`, each
 * request with its own fresh invite and e-mail, so every request does the full work of a redemption.
 */
export async function benchRedeemHttp(args: { databaseUrl: string; port: number; codes: string[]; concurrency: number; poolSize: number; seconds: number }): Promise<HttpRedeemResult> {
  // Behind a load balancer (TRUST_PROXY) each request speaks for its own client address, as real redemptions
  // do: one address with more than 20 lookups in flight at once would meet the brute-force limit instead.
  const server = await startAppServer({
    port: args.port,
    databaseUrl: args.databaseUrl,
    env: { DB_POOL_SIZE: String(args.poolSize), TRUST_PROXY: "true" },
  });
  try {
    let next = 0;
    const result = await autocannon({
      url: `${server.url}/api/v1/redeem`,
      connections: args.concurrency,
      duration: args.seconds,
      timeout: 30,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (request) => {
            const i = next++;
            const code = args.codes[i % args.codes.length];
            return {
              ...request,
              headers: { ...request.headers, "x-forwarded-for": `198.18.${(i >> 8) & 255}.${i & 255}` },
              body: JSON.stringify({ code, email: `http-${i}@bench.test`, name: `Bench ${i}`, password: "bench password 0123456789" }),
            };
          },
        },
      ],
    });
    if (next > args.codes.length) throw new Error(`the HTTP run needed ${next} invites but only ${args.codes.length} were made`);
    const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]));
    const ok = statusCodes["201"] ?? 0;
    return {
      requests: result.requests.total,
      ok,
      errors: result.requests.total - ok,
      seconds: round(result.duration),
      throughput: round(ok / result.duration),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      peakRssMb: round(server.peakRssMb()),
      statusCodes,
    };
  } finally {
    await server.stop();
  }
}
