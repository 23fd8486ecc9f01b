import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";

/*
 * `next start`, plus the one thing it does not do: decide the client's address in a way no client can forge.
 * Next fills X-Forwarded-For with the socket's address only when the header is absent (`??=` in
 * next/dist/server/base-server.js), so any client could name any address and dodge the per-IP limits. Here the
 * header is rewritten before Next sees it: the socket's address alone, or, behind a trusted proxy
 * (TRUST_PROXY=true), the proxy's header with the socket's address appended, the way a proxy does.
 * lib/request-context.ts reads it accordingly.
 *
 * Next also forwards a server action posted to a page that does not contain it to its own origin, as a new
 * request from this machine, copying the original headers. That request would otherwise be taken for a client
 * at 127.0.0.1 (or at a load balancer's address). So every request leaves here with the client's address signed
 * (HMAC with the app secret) in X-Invites-Client; a request that arrives with a valid signature is such a relay
 * and keeps the address it vouches for. A client cannot make one: it does not know the secret.
 * Plain JavaScript: Next runs in this process.
 */
const port = Number(process.env.PORT ?? 3000);
const trustProxy = ["true", "1"].includes(process.env.TRUST_PROXY ?? "");
const secret = process.env.NEXTAUTH_SECRET || randomBytes(32).toString("hex");
const CLIENT_HEADER = "x-invites-client";

const signature = (address) => createHmac("sha256", secret).update(`client-address:${address}`).digest("base64url");

function vouchedAddress(value) {
  if (typeof value !== "string") return null;
  const [address, given] = value.split(" ");
  if (!address || !given) return null;
  const expected = Buffer.from(signature(address));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? address : null;
}

// As `next start` does; set before Next is loaded, which reads it on import.
process.env.NODE_ENV = "production";
// Next's standalone output (the Docker image) ships no next.config.js: the configuration the build resolved
// is in required-server-files.json, and is handed to Next the way the standalone server.js hands it over.
if (!existsSync("next.config.js") && existsSync(".next/required-server-files.json")) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(".next/required-server-files.json", "utf8")).config);
}
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const peer = (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  const relayed = vouchedAddress(request.headers[CLIENT_HEADER]);
  if (relayed) {
    request.headers["x-forwarded-for"] = relayed;
  } else {
    const incoming = request.headers["x-forwarded-for"];
    const claimed = Array.isArray(incoming) ? incoming.join(", ") : incoming;
    request.headers["x-forwarded-for"] = trustProxy && claimed ? `${claimed}, ${peer}` : peer;
  }
  const hops = request.headers["x-forwarded-for"].split(",").map((hop) => hop.trim()).filter(Boolean);
  const client = relayed ?? (trustProxy ? hops.at(-2) ?? hops.at(-1) : hops.at(-1));
  request.headers[CLIENT_HEADER] = `${client} ${signature(client)}`;
  delete request.headers["x-real-ip"];
  void handle(request, response);
});
server.listen(port, () => console.log(`[start] next ready on port ${port}`));

const stop = () => server.close(() => app.close().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
