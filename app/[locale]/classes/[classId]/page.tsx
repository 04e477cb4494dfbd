import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { AssignmentTable } from "@/components/classes/AssignmentTable";
import { ClassControls } from "@/components/classes/ClassControls.client";
import { CopyJoinLinkButton } from "@/components/classes/CopyJoinLinkButton.client";
import { MemberAssignments } from "@/components/classes/MemberAssignments";
import { RemovedStudents } from "@/components/classes/RemovedStudents";
import { RemoveMemberButton } from "@/components/classes/RemoveMemberButton.client";
import { IntlScope } from "@/components/IntlScope";
import { link, primaryButton, secondaryButton } from "@/components/ui/styles";
import { classPage } from "@/lib/data/classes";
import { latestOpened } from "@/lib/assignments/latest-opened";
import { siteOrigin } from "@/lib/data/site-origin";
import { viewerDateTime } from "@/lib/session/viewer-dates";
import { LocaleSchema } from "@/lib/i18n/locales";

// Personal by nature: rendered for each request, never prerendered or cached (see README, "Addresses and caching").
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await classPage((await params).classId);
  return page ? { title: page.cls.name } : {};
}

const th = "py-2 pr-4 text-left font-semibold";
const td = "py-2 pr-4 align-top";

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const page = await classPage(classId);
  if (!page) notFound();
  const [t, when, lang] = await Promise.all([
    getTranslations("classes"),
    viewerDateTime(),
    getLocale().then((l) => LocaleSchema.parse(l)),
  ]);
  const back = (
    <Link href="/classes" className={`text-sm ${link}`}>
      {t("detail.back")}
    </Link>
  );

  if (page.kind === "member") {
    return (
      <div className="max-w-4xl space-y-6">
        {back}
        <header className="space-y-1">
          <h1 className="text-3xl font-bold">{page.cls.name}</h1>
          <p>{t("detail.instructor", { name: page.cls.instructor })}</p>
        </header>
        <section aria-labelledby="assignments-heading" className="space-y-3">
          <h2 id="assignments-heading" className="text-xl font-semibold">
            {t("detail.assignments")}
          </h2>
          <MemberAssignments assignments={page.assignments} lang={lang} when={when} showClass={false} />
        </section>
      </div>
    );
  }

  const { cls, assignments } = page;
  const joinLink = `${await siteOrigin()}/join/${cls.joinCode}`;
  // The class's "Gradebook" opens the assignment most recently opened (each row below links to its own).
  const current = latestOpened(assignments, new Date());
  return (
    <div className="max-w-4xl space-y-8">
      {back}
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{cls.name}</h1>
        <nav aria-label={t("detail.classActions")} className="flex flex-wrap gap-2">
          <Link href={`/classes/${cls.id}/grading`} className={page.toGrade > 0 ? primaryButton : secondaryButton}>
            {t("detail.needsGradingCount", { count: page.toGrade })}
          </Link>
          {current && (
            <Link
              href={`/classes/${cls.id}/assignments/${current.id}`}
              className={secondaryButton}
              aria-label={t("detail.gradebookOf", { title: current.title[lang] })}
            >
              {t("detail.openGradebook")}
            </Link>
          )}
        </nav>
      </header>

      <section
        aria-labelledby="sharing-heading"
        className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800"
      >
        <h2 id="sharing-heading" className="text-xl font-semibold">
          {t("detail.sharing")}
        </h2>
        <dl className="grid gap-2 sm:grid-cols-[auto_1fr] sm:gap-x-4">
          <dt className="font-medium">{t("detail.joinCode")}</dt>
          <dd className="font-mono text-2xl tracking-widest">{cls.joinCode}</dd>
          <dt className="font-medium">{t("detail.joinLink")}</dt>
          <dd className="break-all font-mono text-sm">{joinLink}</dd>
        </dl>
        <p>{cls.joinEnabled ? t("detail.joinOpen") : t("detail.joinClosed")}</p>
        <IntlScope namespaces={["classes"]}>
          <CopyJoinLinkButton joinLink={joinLink} />
          <ClassControls classId={cls.id} joinEnabled={cls.joinEnabled} />
        </IntlScope>
      </section>

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assignments-heading" className="text-xl font-semibold">
            {t("detail.assignments")}
          </h2>
          <Link href={`/classes/${cls.id}/assign`} className={primaryButton}>
            {t("detail.assign")}
          </Link>
        </div>
        <AssignmentTable classId={cls.id} assignments={assignments} lang={lang} when={when} />
      </section>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-semibold">
          {t("detail.roster")}
        </h2>
        {cls.roster.length === 0 ? (
          <p>{t("detail.rosterEmpty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-stone-200 dark:border-stone-800">
                  <th scope="col" className={th}>
                    {t("detail.name")}
                  </th>
                  <th scope="col" className={th}>
                    {t("detail.email")}
                  </th>
                  <th scope="col" className={th}>
                    {t("detail.joinedAt")}
                  </th>
                  <th scope="col" className={th}>
                    {t("detail.actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cls.roster.map((m) => (
                  <tr key={m.userId} className="border-b border-stone-100 dark:border-stone-900">
                    <th scope="row" className={`${td} text-left font-medium`}>
                      {m.name}
                    </th>
                    <td className={`${td} break-all`}>{m.email}</td>
                    <td className={td}>{when(m.joinedAt)}</td>
                    <td className={td}>
                      <IntlScope namespaces={["classes"]}>
                        <RemoveMemberButton classId={cls.id} userId={m.userId} name={m.name} />
                      </IntlScope>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <RemovedStudents classId={cls.id} removed={cls.removed} when={when} />
    </div>
  );
}
