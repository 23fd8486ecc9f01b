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

/**
 * `connections` keep-alive connections against one URL for `seconds`. Each request may speak for its own client
 * address (X-Forwarded-For, honoured behind TRUST_PROXY) and carry its own JSON body. `okStatus` is what counts
 * as a success.
 */
export async function httpLoad(baseUrl: string, request: Request, options: { connections: number; seconds: number; okStatus?: number; distinctClients?: boolean }): Promise<HttpLoad> {
  let next = 0;
  const result = await autocannon({
    url: `${baseUrl}${request.path}`,
    connections: options.connections,
    duration: options.seconds,
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
  });
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
