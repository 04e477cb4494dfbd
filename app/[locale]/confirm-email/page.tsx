import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { ConfirmEmailButton } from "@/components/auth/ConfirmEmailButton.client";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

// The token is in the address: rendered for each request, never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<LocaleParams>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  return { title: (await getTranslations("auth.confirmEmail"))("title"), robots: { index: false } };
}

/** Where the link sent to a new email address leads: one button makes it the account's address. */
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [t, { token }] = await Promise.all([getTranslations("auth.confirmEmail"), searchParams]);
  const value = typeof token === "string" ? token : "";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {value ? (
        <>
          <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
          <IntlScope namespaces={["auth"]}>
            <ConfirmEmailButton token={value} />
          </IntlScope>
        </>
      ) : (
        <p role="alert" className="font-medium text-rose-800 dark:text-rose-300">
          {t("missing")}
        </p>
      )}
    </div>
  );
}
