import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { link } from "@/components/quiz/styles";
import type { BilingualText, Lang } from "@/lib/content/schemas/common";
import type { WeakQuestion } from "@/lib/stats/weakest";

export async function WeakestQuestions({ weakest, titles, lang }: { weakest: WeakQuestion[]; titles: Map<string, Partial<BilingualText>>; lang: Lang }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.weakest"), getFormatter()]);
  const title = (id: string) => titles.get(id)?.[lang] ?? titles.get(id)?.[lang === "zh" ? "en" : "zh"] ?? id;
  return (
    <section aria-labelledby="weakest-heading" className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
      <h2 id="weakest-heading" className="text-lg font-semibold">{t("title")}</h2>
      {weakest.length === 0 ? (
        <p className="text-sm">{t("empty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-stone-700 dark:text-stone-300">{t("intro")}</caption>
          <thead>
            <tr>
              {[t("question"), t("lapses"), t("stability"), t("lastAgain")].map((c) => <th key={c} scope="col" className="border-b border-stone-300 py-1 pr-4 dark:border-stone-700">{c}</th>)}
            </tr>
          </thead>
          <tbody>
            {weakest.map((w) => (
              <tr key={w.questionId}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  <Link href={`/questions/${w.questionId}`} className={link}>{title(w.questionId)}</Link>
                </th>
                <td className="py-1 pr-4 tabular-nums">{w.lapses}</td>
                <td className="py-1 pr-4 tabular-nums">{t("stabilityValue", { days: format.number(w.stability, { maximumFractionDigits: 1 }) })}</td>
                <td className="py-1 pr-4">{w.lastAgain ? format.dateTime(w.lastAgain, { dateStyle: "medium" }) : t("never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
