/**
 * Who is really on the other end, when up to `trustedProxies` reverse proxies stand in front of the app. Each proxy
 * appends the address it received the request from to X-Forwarded-For, so the chain, read right to left, is: the
 * socket's peer (the nearest proxy, or the client itself), then what each trusted proxy saw. Everything further
 * left was written by the client and proves nothing (the attacker's favourite: a fresh X-Forwarded-For per request
 * to dodge per-address limits).
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const socket = normalise(socketAddress ?? "") || "unknown";
  if (trustedProxies === 0) return socket;
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => normalise(entry.trim()))
    .filter(Boolean);
  const chain = [...listed, socket];
  // With N trusted proxies the client is N hops left of the socket; a shorter chain means a proxy skipped the header.
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}

/** The host the visitor asked for: the trusted proxy's X-Forwarded-Host, or with no proxy, the Host header. */
export function requestedHost(
  host: string | undefined,
  forwardedHost: string | string[] | undefined,
  trustedProxies: number,
): string | undefined {
  if (trustedProxies === 0) return host;
  const entries = (Array.isArray(forwardedHost) ? forwardedHost.join(",") : (forwardedHost ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  // The nearest proxy's value is the one it wrote (the last); a client-supplied value sits to its left.
  return entries.at(-1) ?? host;
}

/** "::ffff:10.0.0.1" (IPv4 on an IPv6 socket) is 10.0.0.1: one client, one rate-limit key. */
function normalise(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}
