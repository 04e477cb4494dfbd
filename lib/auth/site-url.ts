import { isProduction, type Env } from "../env";

/** Where the site is reached, and whether its session cookies must be Secure (production over https). */
export function siteOf(env: Env): { baseURL: string; secureCookies: boolean } {
  const baseURL = env.SITE_URL ?? `http://localhost:${env.PORT}`;
  // A deployment serves over HTTPS (readEnv insists on SITE_URL there); local http://localhost use cannot.
  return { baseURL, secureCookies: isProduction(env) && baseURL.startsWith("https:") };
}
