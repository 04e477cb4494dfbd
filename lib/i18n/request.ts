import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { loadMessages } from "./messages";
import { LOCALE_COOKIE, LocaleSchema, negotiateLocale } from "./locales";

// No locale in the URL: the choice is remembered in a cookie; a first visit follows the browser.
export default getRequestConfig(async () => {
  const saved = LocaleSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value);
  const locale = saved.success ? saved.data : negotiateLocale((await headers()).get("accept-language"));
  const messages = await loadMessages(locale);
  return { locale, messages };
});
