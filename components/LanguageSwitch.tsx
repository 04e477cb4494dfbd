import { setLocale } from "@/lib/actions/set-locale";

const NAMES = { zh: "中文", en: "English" } as const;

/** Works without JavaScript: each language is a submit button of a server-action form. */
export function LanguageSwitch({ label, current }: { label: string; current: string }) {
  return (
    <form action={setLocale} className="flex items-center gap-1 text-sm" aria-label={label}>
      {(Object.keys(NAMES) as (keyof typeof NAMES)[]).map((lang) => (
        <button
          key={lang}
          type="submit"
          name="locale"
          value={lang}
          lang={lang === "zh" ? "zh-CN" : "en"}
          aria-pressed={current === lang}
          className="rounded px-2 py-1 hover:bg-stone-100 aria-pressed:bg-amber-100 aria-pressed:font-semibold dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900/50"
        >
          {NAMES[lang]}
        </button>
      ))}
    </form>
  );
}
