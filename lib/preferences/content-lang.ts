import { z } from "zod";
import type { Lang } from "../content/schemas/common";
import { CONTENT_LANG_PREFERENCES, type ContentLangPreference } from "./content-lang-choices";

export { CONTENT_LANG_PREFERENCES, type ContentLangPreference };
export const ContentLangPreferenceSchema = z.enum(CONTENT_LANG_PREFERENCES);
export const CONTENT_LANG_COOKIE = "content_lang";
/** The content-language switch. */
export const SetContentLangInputSchema = z.object({ preference: ContentLangPreferenceSchema });

export function parseContentLangPreference(value: unknown): ContentLangPreference {
  const parsed = ContentLangPreferenceSchema.safeParse(value);
  return parsed.success ? parsed.data : "ui";
}

/** The language content is shown in first and, when both are wanted, the second one shown beside it. */
export type ContentDisplay = { primary: Lang; second?: Lang };

export function contentDisplay(preference: ContentLangPreference, uiLang: Lang): ContentDisplay {
  if (preference === "zh" || preference === "en") return { primary: preference };
  if (preference === "both") return { primary: uiLang, second: uiLang === "zh" ? "en" : "zh" };
  return { primary: uiLang };
}
