"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "@/components/navigation/use-localized-router";
import { primaryButton } from "@/components/ui/styles";
import { overrideGrade } from "@/lib/actions/override-grade";
import { GradeCommentField, gradeErrorText } from "./GradeCommentField";

type Props = {
  attemptId: string;
  questionId: string;
  /** Where the queue's next answer is shown once this one is graded (the same position: this one has left). */
  nextHref: string;
  /** True right after a save: focus goes straight to the next answer's score. */
  focusScore: boolean;
};

const SCORES = [
  ["1", "correct"],
  ["0.5", "partial"],
  ["0", "wrong"],
] as const;

/**
 * The queue's grade: score (arrow keys move between the three), comment, "Save and next" (Ctrl+Enter from
 * anywhere in the form). A refused save keeps what was typed and says why next to the field.
 */
export function QueueGradeForm({ attemptId, questionId, nextHref, focusScore }: Props) {
  const t = useTranslations("gradebook.queue");
  const to = useTranslations("gradebook.override");
  const router = useRouter();
  const [score, setScore] = useState<string>();
  const [comment, setComment] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const firstScore = useRef<HTMLInputElement>(null);
  const id = (name: string) => `queue-${name}`;

  useEffect(() => {
    if (focusScore) firstScore.current?.focus();
  }, [focusScore]);

  const save = () => {
    if (score === undefined) {
      setFields({ score: t("chooseScore") });
      firstScore.current?.focus();
      return;
    }
    startTransition(async () => {
      const result = await overrideGrade({ attemptId, questionId, score: Number(score), comment });
      // `saved` names the answer just graded: a new address each time, so the router always fetches the queue anew.
      if (result.ok) router.replace(`${nextHref}&saved=${encodeURIComponent(`${attemptId}.${questionId}`)}`);
      else {
        setFields(result.error.fields ?? {});
        setMessage(result.error.message);
      }
    });
  };

  return (
    <form
      noValidate
      aria-labelledby={id("heading")}
      className="space-y-4 rounded-lg bg-stone-50 p-4 dark:bg-stone-900"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
    >
      <h3 id={id("heading")} className="font-semibold">
        {to("heading")}
      </h3>
      <fieldset className="space-y-2" aria-describedby={fields.score ? id("score-error") : undefined}>
        <legend className="font-medium">{t("score")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {SCORES.map(([value, label], i) => (
            <label key={value} className="flex items-center gap-2">
              <input
                ref={i === 0 ? firstScore : undefined}
                type="radio"
                name="score"
                value={value}
                checked={score === value}
                onChange={() => {
                  setScore(value);
                  setFields(({ score: _, ...rest }) => rest);
                }}
                className="size-4 accent-amber-700"
              />
              {to(label)}
            </label>
          ))}
        </div>
        {fields.score && (
          <p id={id("score-error")} className={gradeErrorText}>
            {fields.score}
          </p>
        )}
      </fieldset>
      <GradeCommentField
        id={id}
        label={t("comment")}
        help={t("commentHelp")}
        error={fields.comment}
        value={comment}
        onChange={setComment}
        rows={4}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("save")}
      </button>
      <p role="alert" className={`${gradeErrorText} empty:hidden`}>
        {message}
      </p>
    </form>
  );
}
