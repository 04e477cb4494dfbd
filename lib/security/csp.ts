/**
 * The Content-Security-Policy of every page. A page rendered per request gets a fresh nonce; a prerendered page,
 * the same for everyone, lists the hashes of exactly the inline scripts its prerendered HTML holds. Pure: no Next,
 * no request; proxy.ts decides the mode and tests/unit/security-headers.test.ts checks each difference.
 */
export type CspMode = {
  /** Fresh for every response (see `newNonce`), so an injected <script> cannot guess it. */
  nonce?: string;
  /**
   * 'sha256-…' sources: for a prerendered page, its inline scripts (lib/security/inline-scripts.ts, computed at
   * build time); for a rendered one, the inline scripts the layout writes without a nonce (the boot script).
   */
  hashes?: readonly string[];
  /** `next dev`: React's dev tooling reconstructs server error stacks with eval. Never in a production build. */
  dev: boolean;
  /** The site is served over https (SITE_URL): any http:// subresource is upgraded rather than loaded in clear. */
  https: boolean;
};

/** base64 (or base64url), as the CSP grammar allows inside 'nonce-…': nothing that could end the directive. */
const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

export function contentSecurityPolicy({ nonce, hashes = [], dev, https }: CspMode): string {
  if (nonce !== undefined && !NONCE.test(nonce)) throw new Error("A CSP nonce must be at least 16 base64 characters.");
  if (nonce === undefined && hashes.length === 0) throw new Error("A CSP needs a nonce or the hashes of its scripts.");
  for (const h of hashes) if (!HASH.test(h)) throw new Error(`Not a CSP sha256 source: ${h}`);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Rendered pages: only scripts carrying this response's nonce (Next's own) or the boot script's hash run, and
    // 'strict-dynamic' lets them load further chunks (mermaid, on demand); 'self' only matters to browsers
    // without CSP 3. Prerendered pages cannot carry a per-request nonce, so their inline scripts are allowed by
    // hash and their chunks by 'self' (our own origin serves nothing but build output and public files as
    // script). Either way no 'unsafe-inline': an injected script or onerror= attribute never runs.
    [
      "script-src",
      "'self'",
      ...(nonce ? [`'nonce-${nonce}'`] : []),
      ...hashes,
      ...(nonce ? ["'strict-dynamic'"] : []),
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // Inline styles must stay allowed: KaTeX positions every glyph with style="…", shiki colours every token with
    // style="--shiki-…", and mermaid writes a <style> element into each SVG it draws in the browser; none of these
    // can carry a nonce (attributes never can, and a nonce in this list would switch 'unsafe-inline' off). Styles
    // cannot run code; what they could leak is limited by the sanitised, build-time content they apply to.
    ["style-src", "'self'", "'unsafe-inline'"],
    // data: for inline images a stylesheet or a diagram may embed; nothing here loads images from elsewhere.
    ["img-src", "'self'", "data:"],
    // KaTeX's fonts are served from /katex/fonts.
    ["font-src", "'self'"],
    // Server actions, /api/search (and, in development, the hot-reload socket: 'self' covers ws: to this host).
    ["connect-src", "'self'"],
    // The service worker (/sw.js) and the web-app manifest, both from this site. Stated, not left to the fallbacks:
    // worker-src falls back to script-src, where 'strict-dynamic' makes 'self' ignored, so it would block /sw.js.
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    // Nothing uses <base>; an injected one could otherwise re-point every relative script and link.
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    // No one may frame any page (clickjacking /account while signed in); X-Frame-Options says the same to old browsers.
    ["frame-ancestors", "'none'"],
  ];
  // Over http (a local `npm start`) upgrading would point every request at an https port nobody listens on.
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}
