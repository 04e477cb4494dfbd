import { getTranslations } from "next-intl/server";
import type { Gradebook } from "@/lib/gradebook/load-gradebook";
import { percent } from "./format";

const cell = "py-2 pr-4";

/** Facility and discrimination per question, with what the numbers mean. */
export async function ItemAnalysisTable({ gradebook }: { gradebook: Gradebook }) {
  const t = await getTranslations("gradebook.items");
  const none = t("notApplicable");
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("explainFacility")}</p>
      <p className="text-sm text-stone-700 dark:text-stone-300">{t("explainDiscrimination")}</p>
      {!gradebook.enoughForDiscrimination && (
        <p className="rounded bg-amber-50 p-3 text-sm dark:bg-amber-950">{t("notEnough")}</p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-300 dark:border-stone-700">
            <tr>
              <th scope="col" className={cell}>
                {t("question")}
              </th>
              <th scope="col" className={cell}>
                {t("facility")}
              </th>
              <th scope="col" className={cell}>
                {t("discrimination")}
              </th>
            </tr>
          </thead>
          <tbody>
            {gradebook.questions.map((q) => (
              <tr key={q.id} className="border-b border-stone-200 dark:border-stone-800">
                <th scope="row" className={`${cell} font-medium`}>
                  {q.title}
                </th>
                <td className={cell}>
                  {q.facility === null ? none : percent(q.facility)}
                  {q.awaiting > 0 && (
                    <span className="block text-xs text-amber-800 dark:text-amber-300">
                      {t("awaiting", { count: q.awaiting })}
                    </span>
                  )}
                </td>
                <td className={cell}>{q.discrimination === null ? none : q.discrimination.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
