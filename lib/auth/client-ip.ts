import "server-only";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "./client-ip-header";

/**
 * The visitor's address for rate limits, as the production server vouched for it (lib/cli/serve.ts: the socket's
 * address, or with TRUSTED_PROXIES the address the nearest trusted proxy saw). Without that server (`next dev`),
 * the last X-Forwarded-For entry: Next fills the header from the socket when the client sent none.
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get(CLIENT_IP_HEADER) || h.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
}
