import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { IntlScope } from "@/components/IntlScope";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import type { Locale } from "@/lib/i18n/locales";
import { AuthSwitchLink, RedirectIfSignedIn } from "./AuthPageExtras.client";

/** Sign-in and sign-up: each page's strings, its address and the other page it offers. */
const PAGES = {
  signIn: { path: "/sign-in", other: "/sign-up", prompt: "noAccount", link: "signUpLink" },
  signUp: { path: "/sign-up", other: "/sign-in", prompt: "haveAccount", link: "signInLink" },
} as const;

type Kind = keyof typeof PAGES;

export async function authPageMetadata(kind: Kind, locale: Locale): Promise<Metadata> {
  const t = await getTranslations(`auth.${kind}`);
  return { title: t("title"), alternates: pageAlternates(PAGES[kind].path, locale) };
}

/**
 * The frame of the sign-in and sign-up pages, prerendered per language: title, introduction, the form, and a link
 * to the other page carrying `?next=` along. An existing session is sent on from the browser.
 */
export async function AuthPage({ kind, form }: { kind: Kind; form: ReactNode }) {
  const t = await getTranslations(`auth.${kind}`);
  const page = PAGES[kind];
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <IntlScope namespaces={["auth"]}>
        <RedirectIfSignedIn />
        {form}
      </IntlScope>
      <p className="text-sm">
        {t(page.prompt)} <AuthSwitchLink to={page.other}>{t(page.link)}</AuthSwitchLink>
      </p>
    </div>
  );
}
