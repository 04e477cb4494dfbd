import "server-only";
import { headers } from "next/headers";
import { isSameOrigin } from "../auth/same-origin";
import { readEnv } from "../env";
import { ForbiddenError } from "../errors";

/**
 * CSRF defence for every server action. Next already refuses an Origin that differs from the Host; this also
 * refuses a missing or "null" Origin, which Next lets through.
 */
export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  const siteUrl = readEnv().SITE_URL;
  const hosts = [
    h.get("x-forwarded-host")?.split(",")[0]?.trim(),
    h.get("host"),
    siteUrl ? new URL(siteUrl).host : undefined,
  ];
  if (!isSameOrigin(h.get("origin"), hosts)) throw new ForbiddenError("cross-site");
}
