"use client";

import { useSyncExternalStore } from "react";
import type { Lang } from "@/lib/content/schemas/common";
import {
  contentDisplay,
  parseContentLangPreference,
  type ContentDisplay,
} from "@/lib/preferences/content-lang-choices";

const noSubscription = () => () => {};
const displays = new Map<string, ContentDisplay>();

/** The reader's content-language choice, which the boot script put on <html> from their cookie before first paint. */
export function useContentDisplay(uiLang: Lang): ContentDisplay {
  const preference = useSyncExternalStore(
    noSubscription,
    () => parseContentLangPreference(document.documentElement.dataset.contentLang),
    () => "ui" as const,
  );
  const key = `${preference}|${uiLang}`;
  if (!displays.has(key)) displays.set(key, contentDisplay(preference, uiLang));
  return displays.get(key)!;
}
