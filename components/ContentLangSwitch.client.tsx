"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useSyncExternalStore, useTransition } from "react";
import { setContentLang } from "@/lib/actions/set-content-lang";
import { CONTENT_LANG_PREFERENCES, type ContentLangPreference } from "@/lib/preferences/content-lang-choices";

// The choice lives on <html data-content-lang> (the boot script sets it from the cookie before paint; "ui" is its
// absence), which is also what shows the matching view of a prerendered question: one source for every switch.
const readChoice = (): ContentLangPreference => {
  const value = document.documentElement.dataset.contentLang;
  return (CONTENT_LANG_PREFERENCES as readonly string[]).includes(value ?? "")
    ? (value as ContentLangPreference)
    : "ui";
};
const subscribe = (changed: () => void) => {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-content-lang"] });
  return () => observer.disconnect();
};
function showChoice(choice: ContentLangPreference) {
  if (choice === "ui") delete document.documentElement.dataset.contentLang;
  else document.documentElement.dataset.contentLang = choice;
}

/**
 * Which language(s) questions and flashcards are shown in. The choice shows at once (a prerendered question holds
 * every view); saving sets a cookie in a server action, which also re-renders a per-request page (review) in it.
 * `compact` is the one-line version shown on question pages; `current` is what the server knows, if anything.
 */
export function ContentLangSwitch({
  current = "ui",
  compact = false,
}: {
  current?: ContentLangPreference;
  compact?: boolean;
}) {
  const t = useTranslations("ui.contentLang");
  const id = useId();
  const value = useSyncExternalStore(subscribe, readChoice, () => current);
  const [status, setStatus] = useState<string>();
  const [pending, startTransition] = useTransition();
  const choose = (next: ContentLangPreference) => {
    showChoice(next);
    startTransition(async () => {
      const result = await setContentLang({ preference: next });
      setStatus(result.ok ? t("saved") : result.error.message);
    });
  };
  return (
    <div className={compact ? "flex flex-wrap items-center gap-2 text-sm" : "space-y-1"}>
      <label htmlFor={id} className={compact ? "text-stone-700 dark:text-stone-300" : "block font-medium"}>
        {t("label")}
      </label>
      <select
        id={id}
        value={value}
        disabled={pending}
        aria-describedby={compact ? undefined : `${id}-help`}
        onChange={(e) => choose(e.target.value as ContentLangPreference)}
        className="max-w-full rounded-md border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
      >
        {CONTENT_LANG_PREFERENCES.map((p) => (
          <option key={p} value={p}>
            {t(p)}
          </option>
        ))}
      </select>
      {!compact && (
        <p id={`${id}-help`} className="text-sm text-stone-700 dark:text-stone-300">
          {t("help")}
        </p>
      )}
      <p role="status" className={compact ? "sr-only" : "text-sm font-medium"}>
        {status}
      </p>
    </div>
  );
}
