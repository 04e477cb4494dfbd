import { localeOfPath } from "./localized-path";
import { LocaleSchema, negotiateLocale, type Locale } from "./locales";

/** Build output, API routes and public folders: never a page, so never redirected. */
const NOT_PAGES = ["/api/", "/_next/", "/katex/"];

/**
 * Where an address without a language goes: the same page in the language the visitor chose before (the switch's
 * cookie) or, on a first visit, the one their browser prefers. Undefined for addresses that are not pages (API
 * routes, build output, files such as /robots.txt) and for those that already name a language, so every link
 * shared before addresses carried a language keeps working.
 */
export function localeRedirect(url: { pathname: string; search: string }, visitor: Visitor): string | undefined {
  const { pathname, search } = url;
  if (localeOfPath(pathname) || NOT_PAGES.some((prefix) => pathname.startsWith(prefix))) return undefined;
  // A file at the top (robots.txt, sitemap.xml, icon.svg); deeper ones such as …/gradebook.csv are routes.
  if (/^\/[^/]+\.[^/]+$/.test(pathname)) return undefined;
  return `/${visitorLocale(visitor)}${pathname === "/" ? "" : pathname}${search}`;
}

export type Visitor = { cookie: string | undefined; acceptLanguage: string | null };

/** The language the visitor chose with the switch (its cookie) or, failing that, the one their browser prefers. */
export function visitorLocale(visitor: Visitor): Locale {
  const saved = LocaleSchema.safeParse(visitor.cookie);
  return saved.success ? saved.data : negotiateLocale(visitor.acceptLanguage);
}

/** Where next-intl looks for the language of a request no [locale] segment names (server actions, API routes). */
export const NEXT_INTL_LOCALE_HEADER = "x-next-intl-locale";
