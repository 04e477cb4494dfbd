import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContentStyles } from "@/components/ContentStyles";
import { IntlScope } from "@/components/IntlScope";
import { ReviewSession } from "@/components/review/ReviewSession.client";
import { getReviewSession } from "@/lib/data/review";
import { getLearnerSettings } from "@/lib/session/profile";
import { reviewScopeLabel } from "@/lib/data/review-scope-label";
import { getContentDisplay } from "@/lib/session/preferences";
import { ReviewScopeSchema } from "@/lib/review/scope";
import { QUESTION_TYPES } from "@/lib/content/schemas/question";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("metaTitle") };
}

export default async function ReviewPage({ searchParams }: Props) {
  const scope = ReviewScopeSchema.safeParse(await searchParams);
  if (!scope.success) notFound();
  const { uiLang: lang, display } = await getContentDisplay();
  const [t, tq, session, settings] = await Promise.all([
    getTranslations("review"),
    getTranslations("question"),
    getReviewSession(scope.data, lang, display),
    getLearnerSettings(),
  ]);
  if (!session) notFound();
  const label = reviewScopeLabel(scope.data, lang);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {/* Cards change without a page load: copy buttons for whatever code comes next; each card loads math styles itself. */}
      <ContentStyles features={{ math: false, code: true, mermaid: false }} />
      <h1 className="text-2xl font-bold">{label ? t("titleScoped", { scope: label }) : t("title")}</h1>
      <IntlScope namespaces={["review", "question", "ui"]}>
        <ReviewSession
          initial={session}
          scope={scope.data}
          newLimit={settings.dailyNewLimit}
          diagramError={(await getTranslations("article"))("diagramError")}
          typeLabels={Object.fromEntries(QUESTION_TYPES.map((type) => [type, tq(`type.${type}`)]))}
        />
      </IntlScope>
    </div>
  );
}
