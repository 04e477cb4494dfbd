import { LOCALES, type Locale } from "./locales";

/** The hreflang of each interface language (zh is Simplified Chinese as written in mainland China). */
export const HREF_LANG: Record<Locale, string> = { en: "en", zh: "zh-CN" };

/** `/en/articles/x`, or with the site's address `https://site/en/articles/x`. */
export function localizedAddress(path: string, locale: Locale, siteUrl?: string): string {
  const base = siteUrl ? siteUrl.replace(/\/+$/, "") : "";
  return `${base}/${locale}${path === "/" ? "" : path}`;
}

/**
 * A page's canonical address (its own language) and its alternates: one per language, plus x-default, the
 * address without a language, which sends each visitor to theirs.
 */
export function alternateAddresses(path: string, locale: Locale, siteUrl?: string) {
  const base = siteUrl ? siteUrl.replace(/\/+$/, "") : "";
  return {
    canonical: localizedAddress(path, locale, siteUrl),
    languages: [
      ...LOCALES.map((l) => ({ hrefLang: HREF_LANG[l], href: localizedAddress(path, l, siteUrl) })),
      { hrefLang: "x-default", href: `${base}${path}` },
    ],
  };
}
