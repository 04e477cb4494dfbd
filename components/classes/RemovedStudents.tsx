import { getTranslations } from "next-intl/server";
import { IntlScope } from "@/components/IntlScope";
import { ReadmitStudentButton } from "./ReadmitStudentButton.client";

type Removed = { userId: string; name: string; email: string; removedAt: Date };

const th = "py-2 pr-4 text-left font-semibold";
const td = "py-2 pr-4 align-top";

/**
 * The owner's list of students removed from the class, each with "Re-admit": a removal keeps them out of the
 * class (the join code does not let them back in), so this is the one way back. Nothing when nobody was removed.
 */
export async function RemovedStudents({
  classId,
  removed,
  when,
}: {
  classId: string;
  removed: Removed[];
  when: (d: Date) => string;
}) {
  if (removed.length === 0) return null;
  const t = await getTranslations("classes.detail");
  return (
    <section aria-labelledby="removed-heading" className="space-y-3">
      <h2 id="removed-heading" className="text-xl font-semibold">
        {t("removedHeading")}
      </h2>
      <p>{t("removedIntro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-stone-200 dark:border-stone-800">
              <th scope="col" className={th}>
                {t("name")}
              </th>
              <th scope="col" className={th}>
                {t("email")}
              </th>
              <th scope="col" className={th}>
                {t("removedAt")}
              </th>
              <th scope="col" className={th}>
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {removed.map((r) => (
              <tr key={r.userId} className="border-b border-stone-100 dark:border-stone-900">
                <th scope="row" className={`${td} text-left font-medium`}>
                  {r.name}
                </th>
                <td className={`${td} break-all`}>{r.email}</td>
                <td className={td}>{when(r.removedAt)}</td>
                <td className={td}>
                  <IntlScope namespaces={["classes"]}>
                    <ReadmitStudentButton classId={classId} userId={r.userId} name={r.name} />
                  </IntlScope>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
