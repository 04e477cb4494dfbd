import type { ReactNode } from "react";
import type { Lang } from "@/lib/content/schemas/common";

export const htmlLang = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en");

/**
 * The same content in two languages: two columns on wide screens, one after the other on narrow ones. Each column
 * carries its own `lang`, so screen readers switch voice and the browser picks the right fonts and hyphenation.
 */
export function SideBySide({ columns }: { columns: { lang: Lang; label: string; body: ReactNode }[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {columns.map(({ lang, label, body }) => (
        <section key={lang} lang={htmlLang(lang)} aria-label={label} className="min-w-0 space-y-5">
          {body}
        </section>
      ))}
    </div>
  );
}
