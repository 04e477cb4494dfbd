/**
 * How questions are shown: in the interface language, always Chinese, always English, or both side by side.
 * Zod-free: the language control on question and settings pages imports it in the browser.
 */
export const CONTENT_LANG_PREFERENCES = ["ui", "zh", "en", "both"] as const;
export type ContentLangPreference = (typeof CONTENT_LANG_PREFERENCES)[number];
/** Readable by the boot script, which shows the chosen language(s) of a prerendered question before paint. */
export const CONTENT_LANG_COOKIE_NAME = "content_lang";
