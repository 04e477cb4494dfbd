import type { Lang } from "../content/schemas/common";

/**
 * How questions are shown: in the interface language, always Chinese, always English, or both side by side.
 * Zod-free: the language control on question and settings pages imports it in the browser.
 */
export const CONTENT_LANG_PREFERENCES = ["ui", "zh", "en", "both"] as const;
export type ContentLangPreference = (typeof CONTENT_LANG_PREFERENCES)[number];
/** Readable by the boot script, which shows the chosen language(s) of a prerendered question before paint. */
export const CONTENT_LANG_COOKIE_NAME = "content_lang";

export function parseContentLangPreference(value: unknown): ContentLangPreference {
  return (CONTENT_LANG_PREFERENCES as readonly unknown[]).includes(value) ? (value as ContentLangPreference) : "ui";
}

/** The language content is shown in first and, when both are wanted, the second one shown beside it. */
export type ContentDisplay = { primary: Lang; second?: Lang };

export function contentDisplay(preference: ContentLangPreference, uiLang: Lang): ContentDisplay {
  if (preference === "zh" || preference === "en") return { primary: preference };
  if (preference === "both") return { primary: uiLang, second: uiLang === "zh" ? "en" : "zh" };
  return { primary: uiLang };
}
