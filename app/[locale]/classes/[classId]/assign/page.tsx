import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { AssignForm } from "@/components/classes/AssignForm.client";
import { IntlScope } from "@/components/IntlScope";
import { link } from "@/components/ui/styles";
import { ownedClassName } from "@/lib/data/classes";
import { listQuizSets, quizFilterOptions } from "@/lib/data/quiz";
import { uiLocale } from "@/lib/session/ui-locale";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classes.assign"))("title") };
}

/** The owner's "Assign quiz" form; anyone else finds nothing here. */
export default async function AssignPage({ params }: Props) {
  const { classId } = await params;
  const cls = await ownedClassName(classId);
  if (!cls) notFound();
  const lang = await uiLocale();
  const t = await getTranslations("classes.assign");
  const sets = listQuizSets().map(({ set }) => ({ slug: set.slug, title: set.title[lang] }));
  const { topics, tags } = quizFilterOptions(lang);
  return (
    <div className="max-w-3xl space-y-6">
      <Link href={`/classes/${cls.id}`} className={`text-sm ${link}`}>
        {t("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-700 dark:text-stone-300">{t("intro", { name: cls.name })}</p>
      </header>
      <IntlScope namespaces={["classes"]}>
        <AssignForm classId={cls.id} sets={sets} topics={topics} tags={tags} />
      </IntlScope>
    </div>
  );
}
