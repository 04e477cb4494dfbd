import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ContentErrorList } from "@/components/ContentErrorList";
import { LanguageSwitch } from "@/components/LanguageSwitch.client";
import { ThemeSwitch } from "@/components/ThemeSwitch.client";
import { ViewerSync } from "@/components/ViewerSync.client";
import { OfflineBanner } from "@/components/offline/OfflineBanner.client";
import { RegisterServiceWorker } from "@/components/offline/RegisterServiceWorker.client";
import { BOOT_SCRIPT } from "@/lib/preferences/boot-script";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import { HeaderNav } from "@/components/navigation/HeaderNav.client";
import { contentErrors } from "@/lib/data/snapshot";
import { Link } from "@/components/navigation/Link";
import { LOCALES } from "@/lib/i18n/locales";
import { readEnv } from "@/lib/env";
import { THEME_COLOR } from "@/lib/offline/app-colours";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** Both languages of every page are prerendered; any other first segment is not a page (notFound below). */
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "app" });
  const { SITE_URL } = readEnv();
  return {
    title: { default: `${t("name")} · ${t("tagline")}`, template: `%s · ${t("name")}` },
    description: t("tagline"),
    // Canonical and hreflang addresses are absolute when the build knows the site's address, relative otherwise.
    metadataBase: SITE_URL ? new URL(SITE_URL) : undefined,
    // Installable (app/manifest.ts); iOS reads its own tags rather than the manifest.
    manifest: "/manifest.webmanifest",
    icons: { apple: "/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: t("name") },
  };
}

export const viewport: Viewport = { themeColor: THEME_COLOR };

/**
 * Nothing here reads the request (no cookie, header or session), so every content page below can be prerendered.
 * What belongs to the visitor is applied in the browser: theme, content language and which header links show by
 * the boot script before paint; the rest by ViewerSync once the page is up.
 */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("app");
  const tn = await getTranslations("nav");
  const tq = await getTranslations("quiz");
  const td = await getTranslations("dashboard");
  const tt = await getTranslations("ui.theme");
  const tc = await getTranslations("classes");
  const ta = await getTranslations("auth.nav");
  const to = await getTranslations("offline");
  const tf = await getTranslations("site.footer");
  const errors = contentErrors();
  return (
    // The boot script sets the theme, content-language and viewer attributes before paint, which is why React
    // must not complain that <html>'s attributes differ when it hydrates.
    <html lang={locale === "zh" ? "zh-CN" : "en"} suppressHydrationWarning>
      <head>
        {/* Allowed by its hash in every page's CSP (proxy.ts). */}
        <script dangerouslySetInnerHTML={{ __html: BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-amber-300 focus:px-3 focus:py-2 focus:text-stone-900"
        >
          {t("skip")}
        </a>
        <header className="border-b border-stone-200 dark:border-stone-800">
          <HeaderNav
            label={t("nav")}
            menuLabel={t("menu")}
            brand={
              <Link href="/" className="flex items-baseline gap-2 font-semibold">
                <span aria-hidden="true" className="text-amber-600 dark:text-amber-400">
                  ◆
                </span>
                {t("name")}
                <span className="hidden text-sm font-normal text-stone-600 lg:inline dark:text-stone-400">
                  {t("tagline")}
                </span>
              </Link>
            }
            links={
              <>
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
                <Link href="/assignments" className="when-member py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {tc("assignmentsNav")}
                </Link>
                <Link href="/settings" className="py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {tn("settings")}
                </Link>
                <Link href="/admin/users" className="when-admin py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {ta("admin")}
                </Link>
                <Link href="/account" className="when-member py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {ta("account")}
                </Link>
                <Link href="/sign-in" className="when-guest py-1 hover:text-amber-700 dark:hover:text-amber-300">
                  {ta("signIn")}
                </Link>
              </>
            }
            search={<HeaderSearch />}
            controls={
              <>
                <LanguageSwitch label={t("language")} current={locale} />
                <ThemeSwitch
                  labels={{ group: tt("label"), system: tt("system"), light: tt("light"), dark: tt("dark") }}
                />
              </>
            }
          />
        </header>
        <OfflineBanner message={to("banner")} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {errors.length > 0 ? <ContentErrorList errors={errors} /> : children}
        </main>
        <ViewerSync />
        <RegisterServiceWorker />
        <footer className="mt-8 border-t border-stone-200 dark:border-stone-800">
          <nav
            aria-label={tf("label")}
            className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-stone-700 dark:text-stone-300"
          >
            {(["about", "privacy", "contact"] as const).map((page) => (
              <Link key={page} href={`/${page}`} className="py-1 underline-offset-2 hover:underline">
                {tf(page)}
              </Link>
            ))}
          </nav>
        </footer>
      </body>
    </html>
  );
}
