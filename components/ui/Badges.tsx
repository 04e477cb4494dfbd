import { getTranslations } from "next-intl/server";
import type { Difficulty, QuestionType } from "@/lib/content/schemas/question";

const DIFFICULTY_STYLE: Record<Difficulty, string> = {
  easy: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
  medium: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  hard: "bg-rose-100 text-rose-900 dark:bg-rose-900/40 dark:text-rose-200",
};

export async function QuestionBadges({ type, difficulty }: { type: QuestionType; difficulty: Difficulty }) {
  const t = await getTranslations("question");
  return (
    <span className="inline-flex flex-wrap gap-2 text-xs font-medium">
      <span className="rounded bg-stone-100 px-2 py-0.5 text-stone-800 dark:bg-stone-800 dark:text-stone-200">
        {t(`type.${type}`)}
      </span>
      <span className={`rounded px-2 py-0.5 ${DIFFICULTY_STYLE[difficulty]}`}>{t(`difficulty.${difficulty}`)}</span>
    </span>
  );
}
