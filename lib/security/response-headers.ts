import { contentSecurityPolicy } from "./csp";

/**
 * The security headers that depend on the request or the deployment, which proxy.ts adds to every page and API
 * response. The fixed ones (nosniff, X-Frame-Options, Referrer-Policy, Permissions-Policy) come from
 * next.config.mjs's `headers()`, which also covers the static files the proxy never sees.
 */

/** Two years, subdomains included: once seen, no host under the site's name is fetched over http again. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export type SiteMode = { dev: boolean; https: boolean };

/**
 * `next dev` is development whatever SITE_URL says (it serves plain http on localhost, where pinning https would
 * lock the developer out); otherwise the site is https exactly when its public address (SITE_URL) is.
 */
export function siteMode(nodeEnv: string | undefined, siteUrl: string | undefined): SiteMode {
  const dev = nodeEnv === "development";
  return { dev, https: !dev && !!siteUrl && URL.canParse(siteUrl) && new URL(siteUrl).protocol === "https:" };
}

/**
 * CSP for every response; HSTS only over https, since a browser ignores it on http and a deployment on http has
 * no certificate to pin. HSTS on pages and API answers is enough: a browser applies it to the whole host, static
 * files included, from the first response that carries it.
 */
export function securityHeaders(
  scripts: { nonce?: string; hashes?: readonly string[] },
  mode: SiteMode,
): { "content-security-policy": string; "strict-transport-security"?: string } {
  return {
    "content-security-policy": contentSecurityPolicy({ ...scripts, ...mode }),
    ...(mode.https ? { "strict-transport-security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}
