import "server-only";
import { headers } from "next/headers";
import { isSameOrigin } from "../auth/same-origin";
import { requestedHost } from "../auth/forwarded";
import { isProduction, readEnv } from "../env";
import { ForbiddenError } from "../errors";

/**
 * CSRF defence for every server action. Next already refuses an Origin that differs from the Host; this also
 * refuses a missing or "null" Origin, which Next lets through. A deployment is reached at SITE_URL and nowhere
 * else, so there that is the only origin accepted. Locally the Host the browser asked for is accepted too, but
 * X-Forwarded-Host only when a trusted proxy wrote it (TRUSTED_PROXIES): otherwise it is the client's own claim.
 */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const env = readEnv();
  const site = env.SITE_URL ? new URL(env.SITE_URL).host : undefined;
  const hosts = isProduction(env)
    ? [site]
    : [requestedHost(h.get("host") ?? undefined, h.get("x-forwarded-host") ?? undefined, env.TRUSTED_PROXIES), site];
  if (!isSameOrigin(h.get("origin"), hosts)) throw new ForbiddenError("cross-site");
}
