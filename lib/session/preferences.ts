import "server-only";
import { cookies } from "next/headers";
import type { Locale } from "../i18n/locales";
import {
  CONTENT_LANG_COOKIE,
  contentDisplay,
  parseContentLangPreference,
  type ContentDisplay,
  type ContentLangPreference,
} from "../preferences/content-lang";
import { THEME_COOKIE, parseTheme, type Theme } from "../preferences/theme";
import { uiLocale } from "./ui-locale";

/** The visitor's colour theme, from its cookie: the one place the server reads it. */
export async function getTheme(): Promise<Theme> {
  return parseTheme((await cookies()).get(THEME_COOKIE)?.value);
}

/** The visitor's UI language, content-language preference and what that means for the content shown. */
export async function getContentDisplay(): Promise<{
  uiLang: Locale;
  preference: ContentLangPreference;
  display: ContentDisplay;
}> {
  const uiLang = await uiLocale();
  const preference = parseContentLangPreference((await cookies()).get(CONTENT_LANG_COOKIE)?.value);
  return { uiLang, preference, display: contentDisplay(preference, uiLang) };
}
