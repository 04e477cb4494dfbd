import type { Metadata } from "next";
import { alternateAddresses } from "./alternates";
import type { Locale } from "./locales";

/**
 * A content page's canonical address and its other language, for its metadata (Next writes the <link>s into
 * <head>). Paths are relative; the layout's metadataBase (SITE_URL at build time, when set) makes them absolute.
 */
export function pageAlternates(path: string, locale: Locale): Metadata["alternates"] {
  const { canonical, languages } = alternateAddresses(path, locale);
  return { canonical, languages: Object.fromEntries(languages.map((l) => [l.hrefLang, l.href])) };
}
