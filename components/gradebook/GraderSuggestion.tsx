import { getTranslations } from "next-intl/server";
import type { AnswerSuggestion } from "@/lib/grading/answer-suggestions";

const sub = "text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";
const tone = {
  covered: "text-emerald-800 dark:text-emerald-300",
  partly: "text-amber-800 dark:text-amber-300",
  missing: "text-rose-800 dark:text-rose-300",
} as const;

/** The LLM grader's per-point suggestion for a student's answer: what the instructor confirms or overrides. */
export async function GraderSuggestion({ suggestion, id }: { suggestion: AnswerSuggestion; id: string }) {
  const t = await getTranslations("grader");
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h4 id={id} className={sub}>
        {t("suggestion.heading", { model: suggestion.model })}
      </h4>
      <ul className="space-y-1">
        {suggestion.points.map((p, i) => (
          <li key={i}>
            <span className={`font-medium ${tone[p.verdict]}`}>{t(`verdict.${p.verdict}`)}</span>
            {": "}
            {p.must && <span className="font-semibold">{t("suggestion.must")} </span>}
            {p.text}
            {p.evidence && <q className="block text-sm text-stone-700 italic dark:text-stone-300">{p.evidence}</q>}
          </li>
        ))}
      </ul>
      <p className="text-sm">
        {t(suggestion.missedMust ? "suggestion.scoreMissedMust" : "suggestion.score", {
          score: Math.round(suggestion.score * 100),
        })}
      </p>
    </section>
  );
}
