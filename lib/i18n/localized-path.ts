import { LOCALES, type Locale } from "./locale-list";

/** `/zh/articles/x` → `/articles/x`; an address without a language is returned as it is. */
export function withoutLocale(pathname: string): string {
  const match = /^\/([^/?#]+)(.*)$/.exec(pathname);
  if (!match || !(LOCALES as readonly string[]).includes(match[1]!)) return pathname;
  return match[2] === "" || match[2]!.startsWith("?") || match[2]!.startsWith("#") ? `/${match[2]}` : match[2]!;
}

/**
 * An address of this site in a language: `/review?tag=x` → `/zh/review?tag=x`. Anything that is not a path on
 * this site (another site, `#anchor`, `mailto:`) and a path that already names a language are returned as they are.
 */
export function localizedPath(href: string, locale: Locale): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  if (withoutLocale(href) !== href) return href;
  return href === "/" ? `/${locale}` : /^\/[?#]/.test(href) ? `/${locale}${href.slice(1)}` : `/${locale}${href}`;
}
