import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { link } from "@/components/quiz/styles";
import type { Lang } from "@/lib/content/schemas/common";
import type { QuizResult } from "@/lib/dashboard/load-dashboard";

export async function QuizHistory({ quizzes, lang }: { quizzes: QuizResult[]; lang: Lang }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.quizzes"), getFormatter()]);
  const result = (passed: boolean | null) => (passed === null ? t("noPassMark") : passed ? t("passed") : t("failed"));
  return (
    <section aria-labelledby="quizzes-heading" className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
      <h2 id="quizzes-heading" className="text-lg font-semibold">{t("title")}</h2>
      {quizzes.length === 0 ? (
        <p className="text-sm">{t("empty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-stone-700 dark:text-stone-300">{t("caption")}</caption>
          <thead>
            <tr>{[t("quiz"), t("date"), t("score"), t("result")].map((c) => <th key={c} scope="col" className="border-b border-stone-300 py-1 pr-4 dark:border-stone-700">{c}</th>)}</tr>
          </thead>
          <tbody>
            {quizzes.map((q) => (
              <tr key={q.attemptId}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  <Link href={`/attempts/${q.attemptId}/result`} aria-label={t("view", { title: q.title[lang] })} className={link}>{q.title[lang]}</Link>
                </th>
                <td className="py-1 pr-4">{format.dateTime(q.finishedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="py-1 pr-4 tabular-nums">{format.number(q.scorePercent / 100, { style: "percent", maximumFractionDigits: 1 })}</td>
                <td className="py-1 pr-4">{result(q.passed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
