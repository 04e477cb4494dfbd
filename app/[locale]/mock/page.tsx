import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { MockSetupForm } from "@/components/mock/MockSetupForm.client";
import { mockSetupOptions } from "@/lib/data/mock-interviews";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations("mock");
  return { title: t("metaTitle"), alternates: pageAlternates("/mock", locale) };
}

/** Prerendered per language: the setup depends on the content only; the round itself is personal. */
export default async function MockSetupPage({ params }: Props) {
  const lang = await pageLocale(params);
  const t = await getTranslations("mock");
  const options = mockSetupOptions(lang);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("intro")}</p>
      </header>
      <IntlScope namespaces={["mock"]}>
        <MockSetupForm topics={options.topics} quizzes={options.quizzes} />
      </IntlScope>
    </div>
  );
}
