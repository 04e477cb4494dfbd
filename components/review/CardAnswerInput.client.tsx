"use client";

import { useTranslations } from "next-intl";
import { RenderedHtml } from "../RenderedHtml";
import type { CardView } from "@/lib/review/card-view";
import { matchesAnswer } from "@/lib/quiz/answer-match";
import { togglePick } from "@/lib/review/option-keys";

export type Attempt = { picked: number[]; typed: string };

type Props = {
  card: CardView;
  attempt: Attempt;
  onChange: (a: Attempt) => void;
  revealed: boolean;
  onSubmit: () => void;
};

/** The learner's try before the answer is shown: options to pick, or the blank to type. Then, whether it was right. */
export function CardAnswerInput({ card, attempt, onChange, revealed, onSubmit }: Props) {
  const t = useTranslations("review");
  const tq = useTranslations("question");
  const options =
    card.type === "boolean"
      ? [
          { html: tq("true"), correct: card.booleanAnswer === true },
          { html: tq("false"), correct: card.booleanAnswer === false },
        ]
      : card.options;

  if (card.type === "cloze") {
    const right = matchesAnswer(attempt.typed, card.clozeAnswers ?? []);
    return (
      <div className="space-y-2">
        <label className="block text-sm font-medium" htmlFor="cloze-typed">
          {t("yourAnswerBlank")}
        </label>
        <input
          id="cloze-typed"
          value={attempt.typed}
          readOnly={revealed}
          autoComplete="off"
          onChange={(e) => onChange({ ...attempt, typed: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !revealed) {
              e.preventDefault();
              onSubmit();
            }
          }}
          className="w-full max-w-md rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
        />
        {revealed && (
          <p
            className={
              right
                ? "font-medium text-emerald-800 dark:text-emerald-300"
                : "font-medium text-rose-800 dark:text-rose-300"
            }
          >
            {attempt.typed.trim() ? (right ? t("checkRight") : t("checkWrong")) : null}{" "}
            {t("accepted", { count: card.clozeAnswers?.length ?? 0, answers: (card.clozeAnswers ?? []).join(" · ") })}
          </p>
        )}
      </div>
    );
  }
  if (card.keyPoints)
    return (
      <TypedAnswer
        typed={attempt.typed}
        revealed={revealed}
        onChange={(typed) => onChange({ ...attempt, typed })}
        onSubmit={onSubmit}
      />
    );
  if (!options) return null;

  const multiple = card.type === "multiple";
  const right = options.every((o, i) => o.correct === attempt.picked.includes(i));
  const toggle = (i: number) => onChange({ ...attempt, picked: togglePick(attempt.picked, i, multiple) });
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium">{revealed ? t("yourAnswer") : t("pickFirst")}</legend>
      {options.map((o, i) => {
        const picked = attempt.picked.includes(i);
        const tone = revealed
          ? o.correct
            ? "border-emerald-600 bg-emerald-50 dark:bg-emerald-950"
            : picked
              ? "border-rose-600 bg-rose-50 dark:bg-rose-950"
              : "border-stone-300 dark:border-stone-700"
          : "border-stone-300 dark:border-stone-700";
        return (
          <div key={i} className={`rounded-lg border p-3 ${tone}`}>
            <label className="flex cursor-pointer items-start gap-3">
              <input
                type={multiple ? "checkbox" : "radio"}
                name="card-option"
                checked={picked}
                disabled={revealed}
                onChange={() => toggle(i)}
                className="mt-1.5 size-4 accent-amber-600"
              />
              {/* The letter is shown: A–D pick an option from the keyboard (see the shortcut sheet). */}
              <span className="mt-0.5 shrink-0 font-semibold whitespace-nowrap">{String.fromCharCode(65 + i)}.</span>
              <span className="min-w-0 flex-1">
                <RenderedHtml html={o.html} as="span" className="prose-p:my-0" />
              </span>
            </label>
            {revealed && (
              <div className="mt-2 pl-7 text-sm">
                <strong
                  className={o.correct ? "text-emerald-800 dark:text-emerald-300" : "text-rose-800 dark:text-rose-300"}
                >
                  {o.correct ? tq("correct") : tq("incorrect")}
                </strong>
                {picked && <span className="ml-2 text-stone-700 dark:text-stone-300">({t("yourPick")})</span>}
                {"explanationHtml" in o && o.explanationHtml && (
                  <RenderedHtml html={o.explanationHtml} className="prose-sm prose-p:my-1" />
                )}
              </div>
            )}
          </div>
        );
      })}
      {revealed && attempt.picked.length > 0 && (
        <p
          className={
            right
              ? "font-medium text-emerald-800 dark:text-emerald-300"
              : "font-medium text-rose-800 dark:text-rose-300"
          }
        >
          {right ? t("checkRight") : t("checkWrong")}
        </p>
      )}
    </fieldset>
  );
}

/** An open or code card: the answer as the candidate would give it, kept with the rating. Ctrl+Enter shows the answer. */
function TypedAnswer(props: {
  typed: string;
  revealed: boolean;
  onChange: (typed: string) => void;
  onSubmit: () => void;
}) {
  const t = useTranslations("coach");
  return (
    <div className="space-y-1">
      <label className="block text-sm font-medium" htmlFor="card-typed">
        {t("yourAnswer")}
      </label>
      <p id="card-typed-hint" className="text-sm text-stone-600 dark:text-stone-400">
        {t("yourAnswerHint")}
      </p>
      <textarea
        id="card-typed"
        aria-describedby="card-typed-hint"
        value={props.typed}
        readOnly={props.revealed}
        rows={5}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !props.revealed) {
            e.preventDefault();
            props.onSubmit();
          }
        }}
        className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
      />
    </div>
  );
}
