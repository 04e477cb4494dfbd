import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { RenderedHtml } from "@/components/RenderedHtml";
import { link } from "@/components/ui/styles";
import type { Lang } from "@/lib/content/schemas/common";
import type { PointVerdict } from "@/lib/coach/point-verdicts";
import type { ReportRow } from "@/lib/mock-interviews/report";
import { formatDuration } from "@/lib/quiz/duration";

const htmlLang = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en");
const sub = "text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";

/** The mark before a point: the words are there for everyone, the symbol is decoration. */
const MARK: Record<PointVerdict, { symbol: string; className: string }> = {
  covered: { symbol: "✓", className: "text-emerald-700 dark:text-emerald-400" },
  partly: { symbol: "◐", className: "text-amber-700 dark:text-amber-400" },
  missing: { symbol: "✗", className: "text-rose-700 dark:text-rose-400" },
};

/** One question of a mock interview's report: the answer given, the points covered and missed, the time. */
export async function MockReportQuestion({
  row,
  n,
  perQuestionSec,
  uiLang,
}: {
  row: ReportRow;
  n: number;
  perQuestionSec: number | null;
  uiLang: Lang;
}) {
  const [t, format] = await Promise.all([getTranslations("mock.report"), getFormatter()]);
  const { question: q, answer, coverage } = row;
  const contentLang = q && q.lang !== uiLang ? htmlLang(q.lang) : undefined;
  const taken = formatDuration((answer?.seconds ?? 0) * 1000);
  return (
    <li className="space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-800">
      <h3 className="text-lg font-semibold">
        {t("question", { n })}:{" "}
        {q ? (
          <Link href={`/questions/${row.questionId}`} lang={contentLang} className={link} prefetch={false}>
            {q.title}
          </Link>
        ) : (
          row.questionId
        )}
      </h3>
      {!q && <p className="text-sm">{t("gone")}</p>}
      <div className="space-y-1">
        <h4 className={sub}>{t("yourAnswer")}</h4>
        {!answer ? (
          <p>{t("notAnswered")}</p>
        ) : answer.text.trim() ? (
          <p
            lang={answer.lang !== uiLang ? htmlLang(answer.lang) : undefined}
            className="whitespace-pre-wrap rounded-md bg-stone-50 p-3 dark:bg-stone-900"
          >
            {answer.text}
          </p>
        ) : (
          <p className="italic">{t("noAnswer")}</p>
        )}
      </div>
      {q && q.points.length > 0 && (
        <div className="space-y-1">
          <h4 className={sub}>{t("keyPoints")}</h4>
          <ul className="space-y-1">
            {q.points.map((p, i) => {
              const verdict = row.verdicts[i] ?? "missing";
              return (
                <li key={i} className="flex items-start gap-2" data-verdict={verdict}>
                  <span aria-hidden="true" className={`font-bold ${MARK[verdict].className}`}>
                    {MARK[verdict].symbol}
                  </span>
                  <span className="flex-1">
                    <RenderedHtml html={p.html} as="span" className="prose-p:my-0" />{" "}
                    <span className={`text-sm font-medium ${MARK[verdict].className}`}>({t(verdict)})</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {coverage && (
        <p className="text-sm font-medium">
          {t("pointsLine", {
            covered: coverage.covered,
            total: row.verdicts.length,
            percent: format.number(coverage.score, { style: "percent", maximumFractionDigits: 0 }),
          })}
          {coverage.missedMust && <> · {t("missedMust")}</>}
        </p>
      )}
      {answer && (
        <p className="text-sm">
          {perQuestionSec === null
            ? t("timeTaken", { taken })
            : t("timeAllowed", { taken, allowed: formatDuration(perQuestionSec * 1000) })}
        </p>
      )}
      {row.explainers.length > 0 && (
        <p className="flex flex-wrap gap-x-2 text-sm">
          <span>{t("explainedIn")}</span>
          {row.explainers.map((e) => (
            <Link
              key={e.slug}
              lang={e.lang !== uiLang ? htmlLang(e.lang) : undefined}
              href={`/articles/${e.slug}${e.section ? `#${e.section}` : ""}`}
              className={link}
              prefetch={false}
            >
              {e.title}
            </Link>
          ))}
        </p>
      )}
    </li>
  );
}
