import { getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { link } from "@/components/ui/styles";
import type { StudentAnswers } from "@/lib/gradebook/load-student-answers";
import { dateTimeFormat } from "./format";

/** The student's attempts, oldest first, the counted one marked; each links to its answers. */
export async function AttemptList({ data, basePath }: { data: StudentAnswers; basePath: string }) {
  const [t, date] = await Promise.all([getTranslations("gradebook.student"), dateTimeFormat()]);
  if (data.attempts.length === 0) return <p>{t("noAttempts")}</p>;
  return (
    <ol className="space-y-2">
      {data.attempts.map((a, i) => (
        <li key={a.id} className="flex flex-wrap gap-x-3">
          {a.id === data.shown?.attemptId ? (
            <strong aria-current="true">{t("attempt", { n: i + 1 })}</strong>
          ) : (
            <Link href={`${basePath}?attempt=${encodeURIComponent(a.id)}`} className={link}>
              {t("attempt", { n: i + 1 })}
            </Link>
          )}
          <span>{t("started", { date: date.format(a.startedAt) })}</span>
          <span>{a.finishedAt ? t("finished", { date: date.format(a.finishedAt) }) : t("unfinished")}</span>
          <span>{t("attemptScore", { score: a.scorePercent })}</span>
          {a.counted && <strong>{t("counted")}</strong>}
        </li>
      ))}
    </ol>
  );
}
