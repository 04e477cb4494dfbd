import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { SearchPage } from "@/components/search/SearchPage.client";
import { DIFFICULTIES, QUESTION_TYPES } from "@/lib/content/schemas/question";
import { search, searchFilterOptions } from "@/lib/data/search";
import { SearchParamsSchema } from "@/lib/search/params";
import { uiLocale } from "@/lib/session/ui-locale";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title") };
}

/** Parameters the address got wrong are named and ignored; the rest of the search still runs. */
function readParams(raw: Record<string, unknown>) {
  const parsed = SearchParamsSchema.safeParse(raw);
  if (parsed.success) return { params: parsed.data, invalid: [] as string[] };
  const invalid = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !invalid.includes(k)));
  return { params: SearchParamsSchema.parse(rest), invalid };
}

export default async function Search({ searchParams }: Props) {
  const lang = await uiLocale();
  const [t, tq] = await Promise.all([getTranslations("search"), getTranslations("question")]);
  const { params, invalid } = readParams(await searchParams);
  const options = searchFilterOptions(lang);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {invalid.length > 0 && (
        <p role="alert" className="text-rose-800 dark:text-rose-300">
          {t("invalid", { fields: invalid.join(", ") })}
        </p>
      )}
      <IntlScope namespaces={["search"]}>
        <SearchPage
          initialParams={params}
          initialOutcome={search(params, lang)}
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
