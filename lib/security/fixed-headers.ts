import FIXED_SECURITY_HEADERS from "./fixed-headers.json";

/**
 * The security headers that never change, sent on every response (next.config.mjs reads the same JSON, which is
 * why it is JSON: the config cannot import TypeScript). Why each one:
 * - X-Content-Type-Options: nosniff — a response is only ever run or rendered as the type it says it is (no script
 *   sniffed out of a JSON answer).
 * - X-Frame-Options: DENY — no page may be framed (clickjacking); CSP's frame-ancestors 'none' says the same to
 *   current browsers.
 * - Referrer-Policy: strict-origin-when-cross-origin — other sites learn only our origin, never a path such as
 *   /join/<code> or a search query.
 * - Permissions-Policy — powerful features the app never uses, switched off for it and anything embedded in it.
 */
export const FIXED_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  FIXED_SECURITY_HEADERS.map(({ key, value }) => [key, value]),
);
