import "server-only";
import { headers } from "next/headers";

/**
 * The visitor's address for rate limits. Next's server sets x-forwarded-for from the socket; behind a reverse
 * proxy the proxy appends to it, and the first entry is the client.
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
