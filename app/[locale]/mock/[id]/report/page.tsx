import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContentStyles } from "@/components/ContentStyles";
import { IntlScope } from "@/components/IntlScope";
import { AddMockMissedButton } from "@/components/mock/AddMockMissedButton.client";
import { MockReportQuestion } from "@/components/mock/MockReportQuestion";
import { Link } from "@/components/navigation/Link";
import { StatTiles } from "@/components/ui/StatTiles";
import { link } from "@/components/ui/styles";
import { combinedFeatures } from "@/lib/content/features";
import { getMyMock, mockReportView, mockScopeLabel } from "@/lib/data/mock-interviews";
import { formatDuration } from "@/lib/quiz/duration";
import { redirectHere } from "@/lib/session/redirect-here";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mock.report"))("metaTitle") };
}

/** A finished round's report, kept in the database: reopened from the dashboard at any time. */
export default async function MockReportPage({ params }: Props) {
  const { id } = await params;
  const mock = await getMyMock(id);
  if (!mock) notFound();
  if (!mock.finishedAt) await redirectHere(`/mock/${id}`);
  const lang = await uiLocale();
  const [t, format] = await Promise.all([getTranslations("mock.report"), getFormatter()]);
  const report = mockReportView(mock, lang);
  return (
    <div className="max-w-3xl space-y-8">
      <ContentStyles
        features={combinedFeatures(report.rows.flatMap((r) => (r.question ? [r.question.features] : [])))}
      />
      <header className="space-y-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">
          {t("scope", { scope: mockScopeLabel(mock.scope, lang) })} ·{" "}
          {format.dateTime(mock.finishedAt!, { dateStyle: "medium", timeStyle: "short" })}
        </p>
        <StatTiles
          className="grid-cols-2 sm:grid-cols-3"
          items={[
            [t("score"), format.number(report.score, { style: "percent", maximumFractionDigits: 0 })],
            [t("questions"), String(mock.questionIds.length)],
            [t("time"), formatDuration(report.totalSeconds * 1000)],
          ]}
        />
        <IntlScope namespaces={["mock"]}>
          <AddMockMissedButton mockId={mock.id} />
        </IntlScope>
      </header>
      <section aria-labelledby="mock-questions-heading" className="space-y-4">
        <h2 id="mock-questions-heading" className="sr-only">
          {t("questions")}
        </h2>
        <ol className="space-y-6">
          {report.rows.map((row, i) => (
            <MockReportQuestion
              key={row.questionId}
              row={row}
              n={i + 1}
              perQuestionSec={mock.perQuestionSec}
              uiLang={lang}
            />
          ))}
        </ol>
      </section>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/mock" className={link}>
          {t("another")}
        </Link>
        <Link href="/dashboard" className={link}>
          {t("dashboard")}
        </Link>
      </p>
    </div>
  );
}
