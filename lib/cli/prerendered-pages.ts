import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { FIXED_HEADERS } from "../security/fixed-headers";
import { securityHeaders, type SiteMode } from "../security/response-headers";
import { staticPageHashes } from "../security/static-page-hashes";

/**
 * A shared cache (CDN, reverse proxy) may keep a prerendered page until the next deployment, which is when its
 * address can next change (purge on deploy); a browser always revalidates, which costs a 304 for an unchanged
 * page. Never `private` data: these pages are the same for everyone (the personal parts come from /api/me).
 */
export const PRERENDERED_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=31536000";

/**
 * The same address answers with HTML (a visit) or with Next's RSC payload (a client-side navigation, selected by
 * these request headers): a shared cache must keep them apart.
 */
const VARY = "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding";

/**
 * Serves the prerendered HTML of content pages straight from the build output, gzip-compressed at build time
 * (lib/cli/static-csp-manifest.ts), with an ETag and 304s (sirv), the page's hash-based CSP and the fixed security
 * headers. Next would answer the same bytes, but it compresses them again on every request, which for a 200 KB
 * article costs more than everything else a request does. Anything else (RSC requests, personal pages, API
 * routes, unknown addresses) goes to `orElse`, which hands it to Next.
 */
export function prerenderedPages(distDir: string, mode: SiteMode) {
  const serveFile = sirv(path.join(distDir, "server", "app"), {
    dev: false,
    etag: true,
    gzip: true,
    extensions: ["html"],
    setHeaders(res, pathname) {
      const hashes = staticPageHashes(pathname.replace(/\.html(\.gz)?$/, ""));
      if (!hashes) return;
      for (const [name, value] of Object.entries({ ...FIXED_HEADERS, ...securityHeaders({ hashes }, mode) }))
        if (value) res.setHeader(name, value);
      res.setHeader("Cache-Control", PRERENDERED_CACHE_CONTROL);
      res.setHeader("Vary", VARY);
      res.setHeader("x-nextjs-prerender", "1");
    },
  });
  return (req: IncomingMessage, res: ServerResponse, orElse: () => void): void => {
    if (!isPageVisit(req) || !staticPageHashes(pathOf(req.url))) return orElse();
    serveFile(req, res, orElse);
  };
}

function pathOf(url: string | undefined): string {
  const pathname = (url ?? "/").split("?")[0]!;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname; // Next's proxy answers a malformed escape with its 400.
  }
}

/** A browser loading the page itself, not Next's client router asking for its payload. */
function isPageVisit(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.rsc || req.headers["next-router-prefetch"] || req.headers["next-router-state-tree"]) return false;
  return !/[?&]_rsc=/.test(req.url ?? "");
}
