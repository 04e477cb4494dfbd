import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContentStyles } from "@/components/ContentStyles";
import { IntlScope } from "@/components/IntlScope";
import { MockRunner } from "@/components/mock/MockRunner.client";
import { getMyMock, mockRunnerView, mockScopeLabel } from "@/lib/data/mock-interviews";
import { redirectHere } from "@/lib/session/redirect-here";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mock"))("metaTitle") };
}

/** The question the round is on: after a reload, the first one not answered yet. */
export default async function MockRunnerPage({ params }: Props) {
  const { id } = await params;
  const mock = await getMyMock(id);
  if (!mock) notFound();
  const lang = await uiLocale();
  const view = mockRunnerView(mock, lang);
  if (mock.finishedAt || !view) await redirectHere(`/mock/${id}/report`);
  const t = await getTranslations("mock");
  const { question, ...where } = view!;
  return (
    <div className="max-w-3xl space-y-6">
      <ContentStyles features={question.features} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {t("report.scope", { scope: mockScopeLabel(mock.scope, lang) })}
        </p>
      </header>
      <IntlScope namespaces={["mock", "coach"]}>
        <MockRunner
          key={question.id}
          mockId={mock.id}
          {...where}
          perQuestionSec={mock.perQuestionSec}
          enforced={mock.enforced}
          question={question}
          uiLang={lang}
        />
      </IntlScope>
    </div>
  );
}
