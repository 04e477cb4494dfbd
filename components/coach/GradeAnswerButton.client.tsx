"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { gradeAnswer } from "@/lib/actions/grade-answer";
import type { Lang } from "@/lib/content/schemas/common";
import type { GradingResult } from "@/lib/grading/grading-rows";
import { secondaryButton } from "../ui/styles";

type Props = {
  questionId: string;
  /** The language the question is shown in (an answer in its other language is graded in that one). */
  lang: Lang;
  answer: string;
  /** Whether a grader is configured (from the server: `graderEndpoint() !== null`); without one nothing renders. */
  enabled: boolean;
  /** The per-point suggestion, in the key points' order; the caller shows it as ticks the learner confirms. */
  onGraded(result: GradingResult): void;
};

type Message = { kind: "done"; text: string } | { kind: "error"; text: string; retry: boolean };

/**
 * "Grade my answer": asks the optional LLM grader for a per-point suggestion. While it works the button is busy;
 * a failure is said in words, with "Try again" when trying again can help (a timeout, a busy or unreachable
 * model, an unreadable reply) and without it when the same answer would be refused again.
 */
export function GradeAnswerButton({ questionId, lang, answer, enabled, onGraded }: Props) {
  const t = useTranslations("grader");
  const [message, setMessage] = useState<Message>();
  const [pending, startTransition] = useTransition();
  if (!enabled) return null;

  const run = () =>
    startTransition(async () => {
      setMessage(undefined);
      try {
        const result = await gradeAnswer({ questionId, lang, answer });
        if (result.ok) {
          const count = (v: string) => result.data.verdicts.filter((p) => p.verdict === v).length;
          const { model, verdicts } = result.data;
          setMessage({
            kind: "done",
            text: t("done", { model, covered: count("covered"), partly: count("partly"), total: verdicts.length }),
          });
          onGraded(result.data);
        } else {
          const retry = result.error.code === "grader-failed" || result.error.code === "internal";
          setMessage({ kind: "error", text: result.error.message, retry });
        }
      } catch {
        // The request itself did not complete (offline, the server restarting): always worth another try.
        setMessage({ kind: "error", text: t("noConnection"), retry: true });
      }
    });

  return (
    <div className="space-y-2">
      <button type="button" className={secondaryButton} disabled={pending} aria-busy={pending} onClick={run}>
        {pending ? t("grading") : t("grade")}
      </button>
      <p role="status" className="text-sm text-stone-700 empty:hidden dark:text-stone-300">
        {pending ? t("working") : message?.kind === "done" ? message.text : ""}
      </p>
      {message?.kind === "error" && (
        <div role="alert" className="space-y-2 text-sm font-medium text-rose-800 dark:text-rose-300">
          <p>{message.text}</p>
          {message.retry && (
            <button type="button" className={secondaryButton} disabled={pending} onClick={run}>
              {t("retry")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
