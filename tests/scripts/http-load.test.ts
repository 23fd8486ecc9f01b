import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpLoad } from "@/scripts/bench/http-load";

// A server slower than the load's window: what the bench's redeem run met beside other suites in CI.
const ANSWER_AFTER_MS = 1_500;
let server: Server;
let baseUrl = "";

beforeAll(async () => {
  server = createServer((_request, response) => {
    setTimeout(() => response.writeHead(201).end(), ANSWER_AFTER_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("httpLoad", () => {
  it("drops the answers still in flight when a window of seconds closes", async () => {
    const load = await httpLoad(baseUrl, { path: "/" }, { connections: 2, seconds: 1, okStatus: 201 });
    expect(load.ok).toBe(0);
  });

  it("waits for every answer when the window is a count of requests", async () => {
    const load = await httpLoad(baseUrl, { path: "/" }, { connections: 2, requests: 4, okStatus: 201 });
    expect(load).toMatchObject({ requests: 4, ok: 4, errors: 0 });
    expect(load.p50Ms).toBeGreaterThanOrEqual(ANSWER_AFTER_MS);
    expect(load.throughput).toBeGreaterThan(0);
  });
});
