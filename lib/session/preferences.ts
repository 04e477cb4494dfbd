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
import { uiLocale } from "./ui-locale";

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
