import "server-only";
import { headers } from "next/headers";
import { NONCE_HEADER } from "../security/response-headers";

/**
 * This response's script nonce, which proxy.ts put on the request (and into the CSP it sends). An inline script
 * of our own must carry it to run; Next adds it to its own scripts by itself.
 */
export async function scriptNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
