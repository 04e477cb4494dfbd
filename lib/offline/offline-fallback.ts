/** The languages the site's addresses start with (lib/i18n/locales.ts; repeated so the worker bundles nothing else). */
const LOCALES = ["en", "zh"] as const;

/** The page's language from its address, else the browser's: the offline page should be one the reader reads. */
export function offlineLocale(pathname: string, browserLanguage: string): (typeof LOCALES)[number] {
  const first = pathname.split("/")[1] ?? "";
  const named = LOCALES.find((l) => l === first);
  if (named) return named;
  return browserLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * What the worker looks for, in order, when a page visit gets no answer from the network: the page itself, the
 * same page in the browser's language when the address names none (the installed app opens /review, which the
 * server would have redirected), and last the offline page in the page's language.
 */
export function offlineCandidates(pathname: string, browserLanguage: string): { pages: string[]; offline: string } {
  const locale = offlineLocale(pathname, browserLanguage);
  const named = LOCALES.some((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`));
  const pages = named ? [pathname] : [pathname, `/${locale}${pathname === "/" ? "" : pathname}`];
  return { pages, offline: `/${locale}/offline` };
}
