import { LOCALES, type Locale } from "./locale-list";

/** The language an address starts with (`/zh/…` → "zh"), or undefined for an address without one. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = /^\/([^/?#]*)/.exec(pathname)?.[1] ?? "";
  return (LOCALES as readonly string[]).includes(first) ? (first as Locale) : undefined;
}

/** `/zh/articles/x` → `/articles/x`; an address without a language is returned as it is. */
export function withoutLocale(pathname: string): string {
  const locale = localeOfPath(pathname);
  if (!locale) return pathname;
  const rest = pathname.slice(locale.length + 1);
  return rest === "" || rest.startsWith("?") || rest.startsWith("#") ? `/${rest}` : rest;
}

/**
 * An address of this site in a language: `/review?tag=x` → `/zh/review?tag=x`. Anything that is not a path on
 * this site (another site, `#anchor`, `mailto:`) and a path that already names a language are returned as they are.
 */
export function localizedPath(href: string, locale: Locale): string {
  if (!href.startsWith("/") || href.startsWith("//") || localeOfPath(href)) return href;
  return href === "/" ? `/${locale}` : /^\/[?#]/.test(href) ? `/${locale}${href.slice(1)}` : `/${locale}${href}`;
}
