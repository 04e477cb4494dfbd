import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { FIXED_HEADERS } from "../security/fixed-headers";
import { SERVICE_WORKER_FILE } from "./service-worker-build";

/** The worker's own policy: it runs no page, and only ever fetches from this site. */
const WORKER_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * Answers /sw.js with the worker the build wrote (lib/cli/service-worker-build.ts). `no-cache`: the browser asks
 * for it on every page visit (a 304 when unchanged), so a new deployment's worker is found at the next visit, not
 * after a day of HTTP caching. Anything else goes to `orElse`. Read once: the build output does not change under a
 * running server.
 */
export function serviceWorkerFile(distDir: string) {
  const file = path.join(distDir, SERVICE_WORKER_FILE);
  const body = existsSync(file) ? readFileSync(file) : undefined;
  const etag = body ? `"${createHash("sha256").update(body).digest("base64url")}"` : "";
  return (req: IncomingMessage, res: ServerResponse, orElse: () => void): void => {
    const pathname = (req.url ?? "/").split("?")[0];
    if (pathname !== `/${SERVICE_WORKER_FILE}` || !body || (req.method !== "GET" && req.method !== "HEAD"))
      return orElse();
    for (const [name, value] of Object.entries(FIXED_HEADERS)) res.setHeader(name, value);
    res.setHeader("Content-Security-Policy", WORKER_CSP);
    res.setHeader("Content-Type", "text/javascript; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache");
    // Its scope is the whole site (the file is at the top, so this only states it).
    res.setHeader("Service-Worker-Allowed", "/");
    res.setHeader("ETag", etag);
    if (req.headers["if-none-match"] === etag) {
      res.statusCode = 304;
      return void res.end();
    }
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
