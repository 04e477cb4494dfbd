import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import type { Gradebook } from "@/lib/gradebook/load-gradebook";
import { formatDuration } from "@/lib/quiz/duration";
import { dateTimeFormat } from "./format";

const cell = "py-2 pr-4";

/** One row per current member: where they stand and their counted attempt, with a link to their answers. */
export async function StudentsTable({ gradebook, basePath }: { gradebook: Gradebook; basePath: string }) {
  const [t, ts, date] = await Promise.all([
    getTranslations("gradebook.students"),
    getTranslations("gradebook"),
    dateTimeFormat(),
  ]);
  if (gradebook.students.length === 0) return <p>{t("empty")}</p>;
  const none = t("notYet");
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-300 dark:border-stone-700">
          <tr>
            {[t("name"), t("email"), t("status"), t("score"), t("time"), t("submittedAt"), t("late")].map((h) => (
              <th key={h} scope="col" className={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {gradebook.students.map((s) => (
            <tr key={s.userId} className="border-b border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className={`${cell} font-medium`}>
                {s.deleted ? (
                  // A deleted account's answers are gone with it: only the kept grade is shown, with no link.
                  <span className="text-stone-700 italic dark:text-stone-300">{s.name}</span>
                ) : (
                  <Link
                    href={`${basePath}/students/${encodeURIComponent(s.userId)}`}
                    className={link}
                    aria-label={ts("student.viewOf", { name: s.name })}
                  >
                    {s.name}
                  </Link>
                )}
              </th>
              <td className={`${cell} break-all`}>{s.email}</td>
              <td className={cell}>{ts(`status.${s.status}`)}</td>
              <td className={cell}>
                {s.scorePercent === null ? none : `${s.scorePercent}%`}
                {s.awaitingGrade.length > 0 && (
                  <span className="block text-xs text-amber-800 dark:text-amber-300">
                    {t("awaiting", { count: s.awaitingGrade.length })}
                  </span>
                )}
              </td>
              <td className={cell}>{s.timeTakenMs === null ? none : formatDuration(s.timeTakenMs)}</td>
              <td className={cell}>
                {s.submittedAt ? (
                  <time dateTime={s.submittedAt.toISOString()}>{date.format(s.submittedAt)}</time>
                ) : (
                  none
                )}
              </td>
              <td className={cell}>{s.submittedAt ? (s.late ? t("yes") : t("no")) : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
