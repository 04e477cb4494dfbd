import { NextResponse, type NextRequest } from "next/server";
import { readEnv } from "@/lib/env";
import { newNonce } from "@/lib/security/nonce";
import { NONCE_HEADER, securityHeaders, siteMode } from "@/lib/security/response-headers";

/**
 * Runs before routing, for every page, API route and server action (not for build output or public files). It
 * gives each response a fresh script nonce and the CSP (and, over https, HSTS) built around it; the fixed security
 * headers come from next.config.mjs.
 *
 * A path with a malformed percent-escape (`/topics/%ff`, a stray `%`) makes Next's route matcher throw while
 * decoding the dynamic segment, which `next start` answers with a bare 500 (vercel/next.js #92527); such a request
 * is the client's mistake, so it gets a 400 that says so.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders(nonce, siteMode(process.env.NODE_ENV, readEnv().SITE_URL));
  const { pathname } = request.nextUrl;
  if (pathname.includes("%") && !decodes(pathname))
    return new NextResponse("Bad request: the address contains a malformed percent-escape (%).\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
    });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts; the layout reads
  // NONCE_HEADER for ours. Both are overwritten here, so a client cannot choose them.
  const forwarded = new Headers(request.headers);
  forwarded.set(NONCE_HEADER, nonce);
  forwarded.set("content-security-policy", headers["content-security-policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) if (value) response.headers.set(name, value);
  return response;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Build output and public files never have dynamic segments, and carry no script: next.config.mjs gives them
  // the fixed security headers without the cost of running this for each one.
  matcher: ["/((?!_next/static|_next/image|katex/|favicon.ico|icon.svg).*)"],
};
