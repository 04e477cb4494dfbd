"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale-list";
import { localizedPath, withoutLocale } from "@/lib/i18n/localized-path";

const NAMES: Record<Locale, string> = { zh: "中文", en: "English" };
const ONE_YEAR_S = 60 * 60 * 24 * 365;

/**
 * Each language is a plain link to this same page in it (it works before the script has loaded, and a change of
 * language is a new document anyway: every string on the page changes). A click also remembers the choice, so
 * addresses without a language open in it next time (proxy.ts), and keeps a search or filter in the address,
 * which the prerendered link cannot know.
 */
export function LanguageSwitch({ label, current }: { label: string; current: Locale }) {
  const page = withoutLocale(usePathname() ?? "/");
  const choose = (event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    document.cookie = `${LOCALE_COOKIE}=${link.dataset.locale}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
    if (window.location.search) link.search = window.location.search;
  };
  return (
    <nav aria-label={label} className="flex items-center gap-1 text-sm whitespace-nowrap">
      {(Object.keys(NAMES) as Locale[]).map((lang) => (
        <a
          key={lang}
          href={localizedPath(page, lang)}
          data-locale={lang}
          hrefLang={lang === "zh" ? "zh-CN" : "en"}
          lang={lang === "zh" ? "zh-CN" : "en"}
          aria-current={current === lang ? "true" : undefined}
          onClick={choose}
          className="rounded px-2 py-1 hover:bg-stone-100 aria-[current=true]:bg-amber-100 aria-[current=true]:font-semibold dark:hover:bg-stone-800 dark:aria-[current=true]:bg-amber-900/50"
        >
          {NAMES[lang]}
        </a>
      ))}
    </nav>
  );
}
