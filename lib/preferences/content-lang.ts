import { z } from "zod";
import type { Lang } from "../content/schemas/common";

/**
 * Which language(s) questions and flashcards are shown in: the UI language (default), always Chinese, always
 * English, or both side by side.
 */
export const CONTENT_LANG_PREFERENCES = ["ui", "zh", "en", "both"] as const;
export const ContentLangPreferenceSchema = z.enum(CONTENT_LANG_PREFERENCES);
export type ContentLangPreference = z.infer<typeof ContentLangPreferenceSchema>;
export const CONTENT_LANG_COOKIE = "content_lang";

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
