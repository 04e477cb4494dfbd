import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import type { ProblemReportForAdmin } from "@/lib/data/problem-reports";
import { link } from "../ui/styles";
import { ResolveReportButton } from "./ResolveReportButton.client";

/**
 * The admins' list of problem reports: one entry per report (a list, not a table, so it reads on a phone), with
 * the question id and title linked to the question, the reason, the text, and what can be done about it.
 */
export async function ProblemReportsTable({ reports }: { reports: ProblemReportForAdmin[] }) {
  const [t, tr, format] = await Promise.all([
    getTranslations("tools.admin"),
    getTranslations("tools.report.reasons"),
    getFormatter(),
  ]);
  return (
    <ol className="space-y-4">
      {reports.map((r) => (
        <li key={r.id}>
          <article
            aria-labelledby={`report-${r.id}`}
            className="space-y-2 rounded-lg border border-stone-200 p-4 data-[resolved=true]:opacity-80 dark:border-stone-700"
            data-resolved={r.resolvedAt !== null}
          >
            <h2 id={`report-${r.id}`} className="font-semibold break-words">
              <span className="sr-only">{t("question")}: </span>
              <Link href={`/questions/${r.questionId}`} className={link}>
                {r.questionTitle ?? t("unknownQuestion")}
              </Link>{" "}
              <code className="text-sm font-normal text-stone-700 dark:text-stone-300">{r.questionId}</code>
            </h2>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-medium">{t("reason")}</dt>
              <dd>{tr(r.reason as "other")}</dd>
              <dt className="font-medium">{t("reported")}</dt>
              <dd>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
              <dt className="font-medium">{t("status")}</dt>
              <dd>
                {r.resolvedAt
                  ? t("resolved", { date: format.dateTime(r.resolvedAt, { dateStyle: "medium" }) })
                  : t("open")}
              </dd>
            </dl>
            <blockquote
              aria-label={t("text")}
              className="border-l-4 border-stone-300 pl-3 whitespace-pre-wrap break-words dark:border-stone-600"
            >
              {r.text}
            </blockquote>
            <div className="flex flex-wrap items-start gap-3">
              <ResolveReportButton id={r.id} resolved={r.resolvedAt !== null} />
              {r.issueUrl && (
                <a
                  href={r.issueUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t("openIssueLabel", { id: r.questionId })}
                  className={`${link} py-2`}
                >
                  {t("openIssue")}
                </a>
              )}
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
