import autocannon from "autocannon";
import { round } from "./measure";

export type HttpLoad = {
  requests: number;
  ok: number;
  errors: number;
  seconds: number;
  /** Successful answers per second. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  statusCodes: Record<string, number>;
};

type Request = { method?: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: (i: number) => unknown };

/** How long a load runs: for `seconds`, or until `requests` answers have arrived. */
export type LoadWindow = { seconds: number } | { requests: number };

/**
 * `connections` keep-alive connections against one URL for a window. A window of `seconds` drops the answers
 * still in flight when it closes, so on a starved machine a slow route can end with none; a window of `requests`
 * waits for every answer and only takes longer. Each request may speak for its own client address
 * (X-Forwarded-For, honoured behind TRUST_PROXY) and carry its own JSON body. `okStatus` is what counts as a
 * success.
 */
export async function httpLoad(baseUrl: string, request: Request, options: LoadWindow & { connections: number; okStatus?: number; distinctClients?: boolean }): Promise<HttpLoad> {
  let next = 0;
  const settings: autocannon.Options = {
    url: `${baseUrl}${request.path}`,
    connections: options.connections,
    ...("requests" in options ? { amount: options.requests } : { duration: options.seconds }),
    timeout: 30,
    requests: [
      {
        method: request.method ?? "GET",
        headers: { ...(request.body ? { "content-type": "application/json" } : {}), ...request.headers },
        setupRequest: (req) => {
          const i = next++;
          const headers = options.distinctClients === false ? req.headers : { ...req.headers, "x-forwarded-for": `198.18.${(i >> 8) & 255}.${i & 255}` };
          return { ...req, headers, ...(request.body ? { body: JSON.stringify(request.body(i)) } : {}) };
        },
      },
    ],
    skipAggregateResult: true,
  };
  // Inside a worker thread (vitest's pool) autocannon returns raw histograms for a parent to merge, so the
  // merge is always done here: one path for the bench and its test. The typings do not declare aggregateResult.
  const { aggregateResult } = autocannon as unknown as { aggregateResult: (results: unknown[], options: autocannon.Options) => autocannon.Result };
  const result = aggregateResult([await autocannon(settings)], settings);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]));
  const ok = statusCodes[String(options.okStatus ?? 200)] ?? 0;
  return {
    requests: result.requests.total,
    ok,
    errors: result.requests.total - ok,
    seconds: round(result.duration),
    throughput: round(ok / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statusCodes,
  };
}
