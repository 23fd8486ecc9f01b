import { createServer, type Server } from "node:http";
import { Webhook } from "standardwebhooks";

export type ReceivedWebhook = { id: string; type: string; data: Record<string, unknown>; raw: string; status: number };

/**
 * A real HTTP server that verifies every request with the `standardwebhooks` package and the endpoint's secret.
 * `failFirst` answers that many verified requests with 500 before it accepts; unverifiable requests get 401 and
 * are counted in `rejected`.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  rejected = 0;
  failFirst = 0;
  secret = "";
  private server: Server | null = null;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** Events accepted with a 2xx, one entry per webhook-id. */
  accepted(): ReceivedWebhook[] {
    return this.received.filter((hook) => hook.status === 200);
  }

  async start(port = this.port): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        try {
          const payload = new Webhook(this.secret).verify(raw, request.headers as Record<string, string>) as { type: string; data: Record<string, unknown> };
          const status = this.failFirst > 0 ? 500 : 200;
          if (this.failFirst > 0) this.failFirst--;
          this.received.push({ id: String(request.headers["webhook-id"]), type: payload.type, data: payload.data, raw, status });
          response.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "thanks" : "try again later");
        } catch {
          this.rejected++;
          response.writeHead(401).end("bad signature");
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", () => resolve()));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async waitFor(predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms; ${this.received.length} webhooks received`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
