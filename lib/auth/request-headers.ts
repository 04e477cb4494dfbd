import "server-only";
import { headers } from "next/headers";

/**
 * The request headers better-auth needs: the session cookie, and the client's address and browser (kept with
 * each session so "signed in on" lists make sense). Origin is checked once for every mutation in proxy.ts, so
 * it is not passed on: better-auth would compare it with SITE_URL, which a local `npm start` may not match.
 */
export async function authRequestHeaders(): Promise<Headers> {
  const incoming = await headers();
  const out = new Headers();
  for (const name of ["cookie", "user-agent", "x-forwarded-for", "x-real-ip"]) {
    const value = incoming.get(name);
    if (value) out.set(name, value);
  }
  return out;
}
