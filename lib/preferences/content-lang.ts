import { z } from "zod";
import type { Lang } from "../content/schemas/common";
import {
  CONTENT_LANG_COOKIE_NAME,
  CONTENT_LANG_PREFERENCES,
  contentDisplay,
  parseContentLangPreference,
  type ContentDisplay,
  type ContentLangPreference,
} from "./content-lang-choices";

export {
  CONTENT_LANG_PREFERENCES,
  contentDisplay,
  parseContentLangPreference,
  type ContentDisplay,
  type ContentLangPreference,
};
export const ContentLangPreferenceSchema = z.enum(CONTENT_LANG_PREFERENCES);
export const CONTENT_LANG_COOKIE = CONTENT_LANG_COOKIE_NAME;
/** The content-language switch. */
export const SetContentLangInputSchema = z.object({ preference: ContentLangPreferenceSchema });

/** One way of showing a question, and the content-language choices it serves (`data-content-view`). */
export type ContentView = { preferences: ContentLangPreference[]; primary: Lang; second?: Lang; wanted: Lang };

/**
 * Every distinct way a question in these languages can be shown to a reader of this interface language, each with
 * the choices that lead to it. A prerendered question page holds them all and CSS shows the reader's (the choice
 * is theirs, the page is everyone's). With both languages: the interface language (also the choice of that
 * language), the other one, and both side by side.
 */
export function contentViews(available: readonly Lang[], uiLang: Lang): ContentView[] {
  const views = new Map<string, ContentView>();
  for (const preference of CONTENT_LANG_PREFERENCES) {
    const wanted = contentDisplay(preference, uiLang);
    const primary = available.includes(wanted.primary) ? wanted.primary : available[0]!;
    const second =
      wanted.second && wanted.second !== primary && available.includes(wanted.second) ? wanted.second : undefined;
    const key = `${primary}|${second ?? ""}|${wanted.primary}`;
    const view = views.get(key) ?? { preferences: [], primary, second, wanted: wanted.primary };
    view.preferences.push(preference);
    views.set(key, view);
  }
  return [...views.values()];
}
