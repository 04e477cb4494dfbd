import "server-only";
import { headers } from "next/headers";
import { clientIp } from "./client-ip";

/**
 * The request headers better-auth needs: the session cookie, and the client's address (the one the server vouches
 * for, not the client's own X-Forwarded-For) and browser, kept with each session so "signed in on" lists make
 * sense. Origin is checked for every mutation by runAction (lib/actions/assert-same-origin.ts), so it is not passed
 * on: better-auth would compare it with SITE_URL, which a local `npm start` may not match.
 */
export async function authRequestHeaders(): Promise<Headers> {
  const incoming = await headers();
  const out = new Headers();
  for (const name of ["cookie", "user-agent"]) {
    const value = incoming.get(name);
    if (value) out.set(name, value);
  }
  out.set("x-forwarded-for", await clientIp());
  return out;
}
