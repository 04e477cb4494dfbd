import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

// The language comes from the address's [locale] segment (setRequestLocale during prerendering), never from a
// cookie or a header: reading either would make every page dynamic.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(LOCALES, requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale) };
});
