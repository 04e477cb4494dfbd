import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { Link } from "@/components/navigation/Link";
import { ResetPasswordForm } from "@/components/auth/ResetPasswordForm.client";
import { link } from "@/components/ui/styles";
import { resetLinkWorks } from "@/lib/data/reset-link";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

// The link's token is checked on every visit: a used or expired one must say so at once.
export const dynamic = "force-dynamic";

type Props = { params: Promise<LocaleParams>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  // The address carries a secret: it must not leave in a Referer or be indexed.
  return { title: (await getTranslations("auth.reset"))("title"), robots: { index: false } };
}

/** Where an emailed reset link leads: the new-password form, or why the link no longer works and how to ask again. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [t, { token }] = await Promise.all([getTranslations("auth.reset"), searchParams]);
  const value = typeof token === "string" ? token : "";
  const works = await resetLinkWorks(value);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {works ? (
        <>
          <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
          <IntlScope namespaces={["auth"]}>
            <ResetPasswordForm token={value} />
          </IntlScope>
        </>
      ) : (
        <>
          <p role="alert" className="font-medium text-rose-800 dark:text-rose-300">
            {t("invalid")}
          </p>
          <p>
            <Link href="/forgot-password" className={link}>
              {t("askAgain")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
