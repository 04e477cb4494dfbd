import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { SearchPage } from "@/components/search/SearchPage.client";
import { DIFFICULTIES, QUESTION_TYPES } from "@/lib/content/schemas/question";
import { searchFilterOptions } from "@/lib/data/search";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";
import { pageAlternates } from "@/lib/i18n/page-alternates";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations("search");
  return { title: t("title"), alternates: pageAlternates("/search", locale) };
}

/** The form and its filters are prerendered per language; the search itself runs in the browser. */
export default async function Search({ params }: Props) {
  const lang = await pageLocale(params);
  const [t, tq] = await Promise.all([getTranslations("search"), getTranslations("question")]);
  const options = searchFilterOptions(lang);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <IntlScope namespaces={["search"]}>
        <SearchPage
          uiLang={lang}
          topics={options.topics}
          tags={options.tags}
          types={
            Object.fromEntries(QUESTION_TYPES.map((k) => [k, tq(`type.${k}`)])) as Record<
              (typeof QUESTION_TYPES)[number],
              string
            >
          }
          difficulties={
            Object.fromEntries(DIFFICULTIES.map((k) => [k, tq(`difficulty.${k}`)])) as Record<
              (typeof DIFFICULTIES)[number],
              string
            >
          }
        />
      </IntlScope>
    </div>
  );
}
