import { createServer } from "node:http";

/*
 * `next start`, plus one thing it does not do: it fills X-Forwarded-For with the socket's address only when
 * the header is absent (`??=` in next/dist/server/base-server.js), so any client could name any address and
 * dodge the per-IP limits. Here the header is rewritten before Next sees it: the socket's address alone, or,
 * behind a trusted proxy (TRUST_PROXY=true), the proxy's header with the socket's address appended, the way a
 * proxy does. lib/request-context.ts reads it accordingly. Plain JavaScript: Next runs in this process.
 */
const port = Number(process.env.PORT ?? 3000);
const trustProxy = ["true", "1"].includes(process.env.TRUST_PROXY ?? "");

// As `next start` does; set before Next is loaded, which reads it on import.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const peer = (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  const incoming = request.headers["x-forwarded-for"];
  const claimed = Array.isArray(incoming) ? incoming.join(", ") : incoming;
  request.headers["x-forwarded-for"] = trustProxy && claimed ? `${claimed}, ${peer}` : peer;
  delete request.headers["x-real-ip"];
  void handle(request, response);
});
server.listen(port, () => console.log(`[start] next ready on port ${port}`));

const stop = () => server.close(() => app.close().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
