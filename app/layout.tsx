import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { ContentErrorList } from "@/components/ContentErrorList";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import { contentErrors } from "@/lib/data/snapshot";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: `${t("name")} · ${t("tagline")}`, template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  const tn = await getTranslations("nav");
  const tq = await getTranslations("quiz");
  const errors = contentErrors();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-amber-300 focus:px-3 focus:py-2 focus:text-stone-900">
          {t("skip")}
        </a>
        <header className="border-b border-stone-200 dark:border-stone-800">
          <nav aria-label={t("nav")} className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="flex items-baseline gap-2 font-semibold">
              <span aria-hidden="true" className="text-amber-600 dark:text-amber-400">◆</span>
              {t("name")}
              <span className="hidden text-sm font-normal text-stone-600 sm:inline dark:text-stone-400">{t("tagline")}</span>
            </Link>
            <div className="flex items-center gap-4 text-sm font-medium">
              <HeaderSearch />
              <Link href="/review" className="hover:text-amber-700 dark:hover:text-amber-300">{tn("review")}</Link>
              <Link href="/quizzes" className="hover:text-amber-700 dark:hover:text-amber-300">{tq("nav")}</Link>
              <Link href="/settings" className="hover:text-amber-700 dark:hover:text-amber-300">{tn("settings")}</Link>
              <LanguageSwitch label={t("language")} current={locale} />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {errors.length > 0 ? <ContentErrorList errors={errors} /> : children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-stone-600 dark:text-stone-400">{t("footer")}</footer>
      </body>
    </html>
  );
}
