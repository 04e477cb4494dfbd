"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/components/navigation/use-localized-router";
import { useState, useTransition } from "react";
import { overrideGrade } from "@/lib/actions/override-grade";
import { GradeCommentField, gradeErrorText, gradeFieldClass } from "./GradeCommentField";
import { primaryButton, secondaryButton } from "@/components/ui/styles";

type Props = {
  attemptId: string;
  questionId: string;
  current?: { score: number; comment: string };
  /** The LLM grader's suggested score (0 to 1), when the student asked for one: one click takes it, a save confirms it. */
  suggested?: number;
};

/** The instructor's grade of one open or code answer; a refused save keeps what was typed and says why next to the field. */
export function OverrideGradeForm({ attemptId, questionId, current, suggested }: Props) {
  const t = useTranslations("gradebook.override");
  const tg = useTranslations("grader.suggestion");
  const router = useRouter();
  const [score, setScore] = useState(String(current?.score ?? 1));
  const [comment, setComment] = useState(current?.comment ?? "");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  const choices = [
    ["1", t("correct")],
    ["0.5", t("partial")],
    ["0", t("wrong")],
  ];
  // A grade given another way (an exact share) stays selectable rather than silently changing.
  if (!choices.some(([v]) => v === score) && current)
    choices.push([String(current.score), `${Math.round(current.score * 100)}%`]);
  // The suggestion's exact share is offered as it is; the instructor's save is what confirms it.
  const suggestedValue = suggested === undefined ? undefined : String(Math.round(suggested * 100) / 100);
  if (suggestedValue !== undefined && !choices.some(([v]) => v === suggestedValue))
    choices.push([suggestedValue, `${Math.round(Number(suggestedValue) * 100)}%`]);
  const id = (name: string) => `${name}-${questionId}`;

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await overrideGrade({ attemptId, questionId, score: Number(score), comment });
      if (result.ok) {
        setFields({});
        setMessage({ ok: true, text: t("saved") });
        router.refresh();
      } else {
        setFields(result.error.fields ?? {});
        setMessage({ ok: false, text: result.error.message });
      }
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3 rounded-lg bg-stone-50 p-3 dark:bg-stone-900"
      aria-labelledby={id("grade-heading")}
    >
      <h4 id={id("grade-heading")} className="font-semibold">
        {t("heading")}
      </h4>
      <div className="space-y-1">
        <label htmlFor={id("score")} className="block font-medium">
          {t("score")}
        </label>
        <select
          id={id("score")}
          value={score}
          onChange={(e) => setScore(e.target.value)}
          aria-invalid={!!fields.score}
          aria-describedby={fields.score ? id("score-error") : undefined}
          className={`${gradeFieldClass} max-w-xl`}
        >
          {choices.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {fields.score && (
          <p id={id("score-error")} className={gradeErrorText}>
            {fields.score}
          </p>
        )}
      </div>
      <GradeCommentField
        id={id}
        label={t("comment")}
        help={t("commentHelp")}
        error={fields.comment}
        value={comment}
        onChange={setComment}
        rows={3}
        className="max-w-xl"
      />
      <div className="flex flex-wrap gap-2">
        {suggestedValue !== undefined && (
          <button type="button" className={secondaryButton} onClick={() => setScore(suggestedValue)}>
            {tg("use", { score: Math.round(Number(suggestedValue) * 100) })}
          </button>
        )}
        <button type="submit" disabled={pending} className={primaryButton}>
          {t("save")}
        </button>
      </div>
      <p role="status" className={message?.ok ? "text-sm" : gradeErrorText}>
        {message?.text}
      </p>
    </form>
  );
}
