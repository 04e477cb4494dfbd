"use client";

import { useParams } from "next/navigation";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locale-list";

/** The language of the page being shown, in a client component: its address's [locale] segment. */
export function usePageLocale(): Locale {
  const { locale } = useParams<{ locale?: string }>();
  return (LOCALES as readonly string[]).includes(locale ?? "") ? (locale as Locale) : DEFAULT_LOCALE;
}
