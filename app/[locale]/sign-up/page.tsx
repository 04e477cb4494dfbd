import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { SignUpForm } from "@/components/auth/SignUpForm.client";
import { AuthSwitchLink, RedirectIfSignedIn } from "@/components/auth/AuthPageExtras.client";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations("auth.signUp"))("title"), alternates: pageAlternates("/sign-up", locale) };
}

/** Prerendered per language; `?next=` and an existing session are handled in the browser. */
export default async function SignUpPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("auth.signUp");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <IntlScope namespaces={["auth"]}>
        <RedirectIfSignedIn />
        <SignUpForm />
      </IntlScope>
      <p className="text-sm">
        {t("haveAccount")} <AuthSwitchLink to="/sign-in">{t("signInLink")}</AuthSwitchLink>
      </p>
    </div>
  );
}
