/**
 * Whether a mutation's Origin header names this site. Browsers send Origin with every POST, so a missing one,
 * "null" (sandboxed frames, some redirects) or another site's is refused: that is how a cross-site form or
 * script would arrive. `hosts` are the host[:port] values the site answers to (the Host header, SITE_URL).
 */
export function isSameOrigin(origin: string | null, hosts: readonly (string | null | undefined)[]): boolean {
  if (!origin || origin === "null" || !URL.canParse(origin)) return false;
  const { host, protocol } = new URL(origin);
  if (protocol !== "http:" && protocol !== "https:") return false;
  return hosts.some((h) => !!h && h.toLowerCase() === host.toLowerCase());
}
