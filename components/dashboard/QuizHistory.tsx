import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import type { Lang } from "@/lib/content/schemas/common";
import type { QuizResult } from "@/lib/stats/load-dashboard";
import { TableSection } from "./TableSection";

export async function QuizHistory({ quizzes, lang }: { quizzes: QuizResult[]; lang: Lang }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.quizzes"), getFormatter()]);
  const result = (passed: boolean | null) => (passed === null ? t("noPassMark") : passed ? t("passed") : t("failed"));
  return (
    <TableSection
      id="quizzes"
      title={t("title")}
      empty={t("empty")}
      caption={t("caption")}
      columns={[t("quiz"), t("date"), t("score"), t("result")]}
      rows={quizzes.map((q) => (
        <tr key={q.attemptId}>
          <th scope="row" className="py-1 pr-4 font-normal">
            <Link
              href={`/attempts/${q.attemptId}/result`}
              aria-label={t("view", { title: q.title[lang] })}
              className={link}
            >
              {q.title[lang]}
            </Link>
          </th>
          <td className="py-1 pr-4">{format.dateTime(q.finishedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
          <td className="py-1 pr-4 tabular-nums">
            {format.number(q.scorePercent / 100, { style: "percent", maximumFractionDigits: 1 })}
          </td>
          <td className="py-1 pr-4">{result(q.passed)}</td>
        </tr>
      ))}
    />
  );
}
