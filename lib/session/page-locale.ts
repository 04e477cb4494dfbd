import "server-only";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { LOCALES, type Locale } from "../i18n/locales";

/** The route parameters every page gets from app/[locale]. */
export type LocaleParams = { locale: string };

/**
 * The page's language, from its address, made known to next-intl for this render. Every page calls it first: it
 * is what lets a page be prerendered per language instead of reading the language from the request.
 */
export async function pageLocale(params: Promise<LocaleParams>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
