import "server-only";
import { headers } from "next/headers";
import { readEnv } from "../env";

/** The address people reach the site at, for links shared outside it (a class's join link). */
export async function siteOrigin(): Promise<string> {
  const { SITE_URL } = readEnv();
  if (SITE_URL) return SITE_URL.replace(/\/$/, "");
  // A local run has no configured address: the one this request came in on is what the instructor sees.
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
}
