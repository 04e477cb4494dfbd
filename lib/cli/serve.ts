import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { clientAddress, requestedHost } from "../auth/forwarded";
import { CLIENT_IP_HEADER } from "../auth/client-ip-header";
import { readEnv } from "../env";
import { siteMode } from "../security/response-headers";
import { prerenderedPages } from "./prerendered-pages";
import { serviceWorkerFile } from "./service-worker-file";

/**
 * The production server `npm start` runs: Next's request handler behind Node's own HTTP server, for two things
 * `next start` cannot do.
 * - It knows the socket's address. Next copies it into X-Forwarded-For only when the client sent none, so a client
 *   could choose its own address (and dodge every per-address limit). Here the address the app trusts is worked out
 *   from the socket and TRUSTED_PROXIES, and handed to the app in a header no client can set.
 * - It stops gracefully: on SIGTERM or SIGINT it stops accepting, lets requests in flight finish, then exits.
 *   `next start` exits at once, dropping them.
 * - It answers prerendered content pages from the build output, compressed once at build time
 *   (lib/cli/prerendered-pages.ts), and the service worker /sw.js (lib/cli/service-worker-file.ts); Next answers
 *   everything else.
 */
const env = readEnv();
const STOP_GRACE_MS = 8_000;

const app = next({ dev: false, dir: process.cwd(), hostname: env.HOSTNAME, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

/** Replaces whatever the client said about itself with what this server can vouch for. */
function vouch(req: IncomingMessage) {
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], env.TRUSTED_PROXIES);
  req.headers[CLIENT_IP_HEADER] = address;
  const host = requestedHost(req.headers.host, req.headers["x-forwarded-host"], env.TRUSTED_PROXIES);
  // Next's own Server Action check and ours both read X-Forwarded-Host: only a trusted proxy may set it.
  if (host) req.headers["x-forwarded-host"] = host;
  else delete req.headers["x-forwarded-host"];
}

const prerendered = prerenderedPages(".next", siteMode("production", env.SITE_URL));

const serviceWorker = serviceWorkerFile(".next");

const server = createServer((req, res) => {
  vouch(req);
  serviceWorker(req, res, () => prerendered(req, res, () => void handle(req, res)));
});
server.listen(env.PORT, env.HOSTNAME);

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.log(`▶ ${signal}: finishing the requests in flight, then stopping`);
  const forced = setTimeout(() => {
    console.error(`✗ requests still open after ${STOP_GRACE_MS / 1000} s: closing them`);
    server.closeAllConnections();
  }, STOP_GRACE_MS);
  forced.unref();
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  // Keep-alive connections with no request in flight would hold close() open until they time out.
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
