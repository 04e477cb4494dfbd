import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { ContentErrorList } from "@/components/ContentErrorList";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { ThemeSwitch } from "@/components/ThemeSwitch.client";
import { scriptNonce } from "@/lib/session/nonce";
import { getTheme } from "@/lib/session/preferences";
import { currentViewer } from "@/lib/session/viewer";
import { THEME_BOOT_SCRIPT } from "@/lib/preferences/theme";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import { contentErrors } from "@/lib/data/snapshot";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: `${t("name")} · ${t("tagline")}`, template: `%s · ${t("name")}` },
    description: t("tagline"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  const tn = await getTranslations("nav");
  const tq = await getTranslations("quiz");
  const td = await getTranslations("dashboard");
  const tt = await getTranslations("ui.theme");
  const tc = await getTranslations("classes");
  const ta = await getTranslations("auth.nav");
  const [theme, viewer, nonce] = await Promise.all([getTheme(), currentViewer(), scriptNonce()]);
  const errors = contentErrors();
  return (
    // The server sets the theme class when the cookie names one; for "system" the boot script sets it before
    // paint, which is why React must not complain that the class differs when it hydrates.
    <html
      lang={locale === "zh" ? "zh-CN" : "en"}
      data-theme={theme}
      className={theme === "dark" ? "dark" : undefined}
      suppressHydrationWarning
    >
      <head>
        {/* The CSP runs no inline script without this response's nonce (proxy.ts). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-amber-300 focus:px-3 focus:py-2 focus:text-stone-900"
        >
          {t("skip")}
        </a>
        <header className="border-b border-stone-200 dark:border-stone-800">
          <nav
            aria-label={t("nav")}
            className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"
          >
            <Link href="/" className="flex items-baseline gap-2 font-semibold">
              <span aria-hidden="true" className="text-amber-600 dark:text-amber-400">
                ◆
              </span>
              {t("name")}
              <span className="hidden text-sm font-normal text-stone-600 lg:inline dark:text-stone-400">
                {t("tagline")}
              </span>
            </Link>
            {/* Narrow screens wrap these onto their own line rather than scroll sideways. */}
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
              <Link href="/review" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                {tn("review")}
              </Link>
              <Link href="/quizzes" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                {tq("nav")}
              </Link>
              <Link href="/dashboard" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                {td("nav")}
              </Link>
              <Link href="/classes" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                {tc("nav")}
              </Link>
              {viewer && (
                <Link href="/assignments" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {tc("assignmentsNav")}
                </Link>
              )}
              <Link href="/settings" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                {tn("settings")}
              </Link>
              {viewer?.role === "admin" && (
                <Link href="/admin/users" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {ta("admin")}
                </Link>
              )}
              {viewer ? (
                <Link href="/account" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {ta("account")}
                </Link>
              ) : (
                <Link href="/sign-in" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {ta("signIn")}
                </Link>
              )}
            </div>
            <div className="ml-auto flex items-center gap-2">
              <HeaderSearch />
              <LanguageSwitch label={t("language")} current={locale} />
              <ThemeSwitch
                current={theme}
                labels={{ group: tt("label"), system: tt("system"), light: tt("light"), dark: tt("dark") }}
              />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {errors.length > 0 ? <ContentErrorList errors={errors} /> : children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-stone-600 dark:text-stone-400">
          {t("footer")}
        </footer>
      </body>
    </html>
  );
}
