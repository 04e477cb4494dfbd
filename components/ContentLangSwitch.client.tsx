"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { setContentLang } from "@/lib/actions/set-content-lang";
import { CONTENT_LANG_PREFERENCES, type ContentLangPreference } from "@/lib/preferences/content-lang-choices";

/**
 * Which language(s) questions and flashcards are shown in. Saving sets a cookie in a server action, which
 * re-renders the page in the new choice. `compact` is the one-line version shown on question pages.
 */
export function ContentLangSwitch({ current, compact = false }: { current: ContentLangPreference; compact?: boolean }) {
  const t = useTranslations("ui.contentLang");
  const id = useId();
  const [value, setValue] = useState(current);
  const [status, setStatus] = useState<string>();
  const [pending, startTransition] = useTransition();
  const choose = (next: ContentLangPreference) => {
    setValue(next);
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
