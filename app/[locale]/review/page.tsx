import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ContentStyles } from "@/components/ContentStyles";
import { IntlScope } from "@/components/IntlScope";
import { LocalReview } from "@/components/review/LocalReview.client";
import { QUESTION_TYPES } from "@/lib/content/schemas/question";
import { pageAlternates } from "@/lib/i18n/page-alternates";
import { pageLocale, type LocaleParams } from "@/lib/session/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations("review"))("metaTitle"), alternates: pageAlternates("/review", locale) };
}

/**
 * The same for everyone, so prerendered and kept by the service worker: the session itself runs in the browser
 * from the device's copy of the learner's cards (see README, "Flashcards offline").
 */
export default async function ReviewPage({ params }: Props) {
  const lang = await pageLocale(params);
  const [t, tq, ta] = await Promise.all([
    getTranslations("review"),
    getTranslations("question"),
    getTranslations("article"),
  ]);
  const loading = (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="rounded-lg border border-stone-300 p-4 dark:border-stone-700">{t("loading")}</p>
    </>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {/* Cards change without a page load: copy buttons for whatever code comes next; each card loads math styles itself. */}
      <ContentStyles features={{ math: false, code: true, mermaid: false }} />
      <IntlScope
        namespaces={[
          "review",
          "reviewSession",
          "cards",
          "mistakes",
          "question",
          "ui",
          "coach",
          "grader",
          "reviewPlan",
          "tools",
        ]}
      >
        {/* The scope is in the address's query, which only the browser reads on a prerendered page. */}
        <Suspense fallback={loading}>
          <LocalReview
            uiLang={lang}
            diagramError={ta("diagramError")}
            typeLabels={Object.fromEntries(QUESTION_TYPES.map((type) => [type, tq(`type.${type}`)]))}
          />
        </Suspense>
      </IntlScope>
    </div>
  );
}
