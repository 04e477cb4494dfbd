import "server-only";
import { getLocale } from "next-intl/server";
import { LocaleSchema, type Locale } from "../i18n/locales";

/** The interface language of this request, as next-intl resolved it (one place parses it into our type). */
export async function uiLocale(): Promise<Locale> {
  return LocaleSchema.parse(await getLocale());
}
