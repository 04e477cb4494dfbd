import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import type { MyAssignment } from "@/lib/assignments/read-assignments";
import type { Lang } from "@/lib/content/schemas/common";
import { IntlScope } from "@/components/IntlScope";
import { link } from "@/components/ui/styles";
import { StartAssignmentButton } from "./StartAssignmentButton.client";

const th = "py-2 pr-4 text-left font-semibold";
const td = "py-2 pr-4 align-top";

type Props = { assignments: MyAssignment[]; lang: Lang; when: (d: Date) => string; showClass: boolean };

/** A candidate's assignments: where they stand and what they can do next. */
export async function MemberAssignments({ assignments, lang, when, showClass }: Props) {
  const t = await getTranslations("classes.mine");
  if (assignments.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-stone-200 dark:border-stone-800">
            <th scope="col" className={th}>
              {t("titleColumn")}
            </th>
            {showClass && (
              <th scope="col" className={th}>
                {t("class")}
              </th>
            )}
            <th scope="col" className={th}>
              {t("status")}
            </th>
            <th scope="col" className={th}>
              {t("opens")}
            </th>
            <th scope="col" className={th}>
              {t("due")}
            </th>
            <th scope="col" className={th}>
              {t("attempts")}
            </th>
            <th scope="col" className={th}>
              {t("action")}
            </th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr
              key={a.id}
              id={`assignment-${a.id}`}
              className="scroll-mt-20 border-b border-stone-100 target:bg-amber-50 dark:border-stone-900 dark:target:bg-amber-950/40"
            >
              <th scope="row" className={`${td} text-left font-medium`}>
                {a.title[lang]}
              </th>
              {showClass && <td className={td}>{a.className}</td>}
              <td className={td}>{t(`statuses.${a.status}`)}</td>
              <td className={td}>{when(a.opensAt)}</td>
              <td className={td}>{when(a.dueAt)}</td>
              <td className={td}>{t("attemptsValue", { used: a.attemptsUsed, allowed: a.maxAttempts })}</td>
              <td className={td}>
                {a.next.kind === "start" || a.next.kind === "resume" ? (
                  <IntlScope namespaces={["classes"]}>
                    <StartAssignmentButton assignmentId={a.id} resume={a.next.kind === "resume"} />
                  </IntlScope>
                ) : a.next.kind === "result" ? (
                  <Link href={`/attempts/${a.next.attemptId}/result`} className={link}>
                    {t("viewResult")}
                  </Link>
                ) : a.next.kind === "not-open" ? (
                  t("notOpen")
                ) : null}
                {a.next.kind === "start" && a.lastResultId && (
                  <Link href={`/attempts/${a.lastResultId}/result`} className={`mt-1 block ${link}`}>
                    {t("viewResult")}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
