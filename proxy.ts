import { NextResponse, type NextRequest } from "next/server";
import { readEnv } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localeRedirect, NEXT_INTL_LOCALE_HEADER, visitorLocale } from "@/lib/i18n/locale-redirect";
import { localeOfPath } from "@/lib/i18n/localized-path";
import { BOOT_SCRIPT_HASH } from "@/lib/security/boot-script-hash";
import { newNonce } from "@/lib/security/nonce";
import { securityHeaders, siteMode } from "@/lib/security/response-headers";
import { staticPageHashes } from "@/lib/security/static-page-hashes";

/**
 * Runs before routing, for every page, API route and server action (not for build output or public files).
 *
 * - An address without a language (`/articles/x`, a bookmark from before addresses carried one) is redirected to
 *   the same page in the remembered or the browser's language.
 * - A prerendered page gets the CSP that allows exactly its inline scripts, by hash (the build lists them); any
 *   other response gets a fresh script nonce and the CSP built around it. Over https, HSTS too; the fixed security
 *   headers come from next.config.mjs.
 * - A path with a malformed percent-escape (`/topics/%ff`, a stray `%`) makes Next's route matcher throw while
 *   decoding the dynamic segment, which `next start` answers with a bare 500 (vercel/next.js #92527); such a
 *   request is the client's mistake, so it gets a 400 that says so.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const mode = siteMode(process.env.NODE_ENV, readEnv().SITE_URL);
  // A server action is a POST to the page's address: it runs per request, with a nonce and the page's language.
  const prerendered = request.method === "GET" || request.method === "HEAD" ? staticPageHashes(pathname) : undefined;
  const nonce = prerendered ? undefined : newNonce();
  const headers = securityHeaders(prerendered ? { hashes: prerendered } : { nonce, hashes: [BOOT_SCRIPT_HASH] }, mode);
  if (pathname.includes("%") && !decodes(pathname))
    return new NextResponse("Bad request: the address contains a malformed percent-escape (%).\n", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
    });
  const visitor = {
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  };
  const target = localeRedirect({ pathname, search }, visitor);
  if (target) {
    const response = NextResponse.redirect(new URL(target, request.url), 307);
    // The target depends on who asks: no shared cache may keep it for everyone.
    response.headers.set("cache-control", "private, no-store");
    response.headers.set("vary", "Cookie, Accept-Language");
    return response;
  }
  if (prerendered) {
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(headers)) if (value) response.headers.set(name, value);
    return response;
  }
  // Next reads the nonce from the request's CSP header and puts it on its own scripts. Both are overwritten here,
  // so a client cannot choose them. next-intl reads the language of a server action or API route from its
  // header: the address's language, or for /api/… the visitor's.
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["content-security-policy"]);
  forwarded.set(NEXT_INTL_LOCALE_HEADER, localeOfPath(pathname) ?? visitorLocale(visitor));
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
  matcher: [
    "/((?!_next/static|_next/image|katex/|favicon.ico|icon.svg|icon-192.png|icon-512.png|icon-maskable-512.png|apple-touch-icon.png|robots.txt).*)",
  ],
};
