import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { Link } from "@/components/navigation/Link";
import { ForgotPasswordForm } from "@/components/auth/ForgotPasswordForm.client";
import { link } from "@/components/ui/styles";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations("auth.forgot");
  return { title: t("title"), alternates: pageAlternates("/forgot-password", locale) };
}

/** "Forgot password?" from the sign-in page: prerendered per language; the form's action sends the link. */
export default async function ForgotPasswordPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("auth.forgot");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      <IntlScope namespaces={["auth"]}>
        <ForgotPasswordForm />
      </IntlScope>
      <p className="text-sm">
        <Link href="/sign-in" className={link}>
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
