import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContentStyles } from "@/components/ContentStyles";
import { GradingQueueView } from "@/components/gradebook/GradingQueueView";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import { combinedFeatures } from "@/lib/content/features";
import { getGradebook, getGradingQueue, orNotFound } from "@/lib/data/gradebook";
import { queuePosition } from "@/lib/gradebook/queue-position";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<{ at?: string | string[]; saved?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, assignmentId } = await params;
  const gradebook = await getGradebook(classId, assignmentId).catch(() => undefined);
  if (!gradebook) return {};
  const t = await getTranslations("gradebook.queue");
  return { title: t("title", { title: gradebook.assignment.title[await uiLocale()] }) };
}

/** One assignment's answers awaiting the instructor's grade. */
export default async function AssignmentGradingPage({ params, searchParams }: Props) {
  const [{ classId, assignmentId }, query] = await Promise.all([params, searchParams]);
  const [gradebook, queue] = await orNotFound(
    Promise.all([getGradebook(classId, assignmentId), getGradingQueue(classId, assignmentId, queuePosition(query.at))]),
    notFound,
  );
  const [t, lang] = await Promise.all([getTranslations("gradebook.queue"), uiLocale()]);
  const gradebookPath = `/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}`;
  return (
    <div className="max-w-5xl space-y-6">
      <ContentStyles features={combinedFeatures(queue.current ? [queue.current.question.features] : [])} />
      <header className="space-y-3">
        <Link href={gradebookPath} className={`text-sm ${link}`}>
          {t("back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("title", { title: gradebook.assignment.title[lang] })}</h1>
        <p className="text-stone-700 dark:text-stone-300">{gradebook.assignment.className}</p>
      </header>
      <GradingQueueView
        queue={queue}
        classId={classId}
        assignmentId={assignmentId}
        path={`${gradebookPath}/grading`}
        lang={lang}
        justSaved={typeof query.saved === "string"}
      />
    </div>
  );
}
