import { z } from "zod";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES, type Locale } from "./locale-list";

export { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES, type Locale };
export const LocaleSchema = z.enum(LOCALES);

/** Picks zh or en from an Accept-Language header, by the order and weights the browser gives. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: (tag ?? "").toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh";
    if (tag.startsWith("en")) return "en";
  }
  return DEFAULT_LOCALE;
}
