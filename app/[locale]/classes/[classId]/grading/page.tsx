import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContentStyles } from "@/components/ContentStyles";
import { GradingQueueView } from "@/components/gradebook/GradingQueueView";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { combinedFeatures } from "@/lib/content/features";
import { getGradingQueue, orNotFound } from "@/lib/data/gradebook";
import { queuePosition } from "@/lib/gradebook/queue-position";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ at?: string | string[]; saved?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const queue = await getGradingQueue((await params).classId, undefined, 0).catch(() => undefined);
  if (!queue) return {};
  const t = await getTranslations("gradebook.queue");
  return { title: t("title", { title: queue.className }) };
}

/** Every assignment's answers awaiting the instructor's grade in one class, oldest due date first. */
export default async function ClassGradingPage({ params, searchParams }: Props) {
  const [{ classId }, query] = await Promise.all([params, searchParams]);
  const queue = await orNotFound(getGradingQueue(classId, undefined, queuePosition(query.at)), notFound);
  const [t, lang] = await Promise.all([getTranslations("gradebook.queue"), uiLocale()]);
  const classPath = `/classes/${encodeURIComponent(classId)}`;
  return (
    <div className="max-w-5xl space-y-6">
      <ContentStyles features={combinedFeatures(queue.current ? [queue.current.question.features] : [])} />
      <header className="space-y-3">
        <Link href={classPath} className={`text-sm ${link}`}>
          {t("backClass")}
        </Link>
        <h1 className="text-3xl font-bold">{t("title", { title: queue.className })}</h1>
      </header>
      <GradingQueueView
        queue={queue}
        classId={classId}
        path={`${classPath}/grading`}
        lang={lang}
        justSaved={typeof query.saved === "string"}
      />
    </div>
  );
}
