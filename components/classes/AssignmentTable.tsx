import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import type { BilingualText, Lang } from "@/lib/content/schemas/common";
import { link, secondaryButton } from "@/components/ui/styles";

type Row = {
  id: string;
  title: BilingualText;
  opensAt: Date;
  dueAt: Date;
  submitted: number;
  total: number;
  /** Handed-in open and code answers awaiting the owner's grade. */
  toGrade: number;
};

const th = "py-2 pr-4 text-left font-semibold";
const td = "py-2 pr-4 align-top";

/** The owner's view of a class's assignments: when, how many have submitted, and the way to each gradebook. */
export async function AssignmentTable({
  classId,
  assignments,
  lang,
  when,
}: {
  classId: string;
  assignments: Row[];
  lang: Lang;
  when: (d: Date) => string;
}) {
  const t = await getTranslations("classes.detail");
  if (assignments.length === 0) return <p>{t("assignmentsEmpty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-stone-200 dark:border-stone-800">
            <th scope="col" className={th}>
              {t("title")}
            </th>
            <th scope="col" className={th}>
              {t("opens")}
            </th>
            <th scope="col" className={th}>
              {t("due")}
            </th>
            <th scope="col" className={th}>
              {t("submitted")}
            </th>
            <th scope="col" className={th}>
              {t("needsGrading")}
            </th>
            <th scope="col" className={th}>
              {t("openGradebook")}
            </th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr key={a.id} className="border-b border-stone-100 dark:border-stone-900">
              <th scope="row" className={`${td} text-left font-medium`}>
                <Link href={`/classes/${classId}/assignments/${a.id}`} className={link}>
                  {a.title[lang]}
                </Link>
              </th>
              <td className={td}>{when(a.opensAt)}</td>
              <td className={td}>{when(a.dueAt)}</td>
              <td className={td}>{t("submittedCount", { submitted: a.submitted, total: a.total })}</td>
              <td className={td}>
                {a.toGrade > 0 ? (
                  <Link href={`/classes/${classId}/assignments/${a.id}/grading`} className={link}>
                    {t("toGrade", { count: a.toGrade })}
                  </Link>
                ) : (
                  t("toGrade", { count: 0 })
                )}
              </td>
              <td className={td}>
                <Link
                  href={`/classes/${classId}/assignments/${a.id}`}
                  className={`${secondaryButton} inline-block whitespace-nowrap`}
                  aria-label={t("gradebookOf", { title: a.title[lang] })}
                >
                  {t("openGradebook")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
