"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { RenderedHtml } from "@/components/RenderedHtml";
import { OPTION_TEXT, OptionLetter } from "@/components/ui/OptionParts";
import type { ClientQuestion } from "@/lib/quiz/client-question";
import type { QuizResponse } from "@/lib/quiz/response";
import { BlankField } from "./BlankField";

type Props = {
  question: ClientQuestion;
  value?: QuizResponse;
  onChange: (value: QuizResponse) => void;
  disabled: boolean;
};

const choiceRow =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-stone-200 p-3 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50 dark:border-stone-700 dark:has-[:checked]:bg-amber-950/40";
const textField =
  "w-full rounded-md border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";

/** The answer controls for one question, by type: radios, checkboxes, True/False, one field per blank, a text area. */
export function QuestionInput({ question, value, onChange, disabled }: Props) {
  const t = useTranslations("quiz.runner");
  const id = useId();
  switch (question.type) {
    case "single":
    case "multiple": {
      const multiple = question.type === "multiple";
      const picked = value?.type === "multiple" ? value.choices : value?.type === "single" ? [value.choice] : [];
      const toggle = (i: number) =>
        multiple
          ? onChange({
              type: "multiple",
              choices: picked.includes(i) ? picked.filter((x) => x !== i) : [...picked, i].sort((a, b) => a - b),
            })
          : onChange({ type: "single", choice: i });
      return (
        <fieldset disabled={disabled} className="space-y-2">
          <legend className="mb-2 font-medium">{t("answerOptions")}</legend>
          {/* Options come in the attempt's screen order; the answer records each option's identity (its index). */}
          {question.options?.map((option, position) => (
            <label key={option.index} className={choiceRow}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name={id}
                checked={picked.includes(option.index)}
                onChange={() => toggle(option.index)}
                className="mt-1 size-4 shrink-0 accent-amber-600"
              />
              {/* Part of the option's name: an option that is only a formula still has a name every checker can read. */}
              <OptionLetter position={position} className="text-stone-600 dark:text-stone-400" />
              <RenderedHtml as="span" html={option.html} className={`${OPTION_TEXT} block prose-p:my-0`} />
            </label>
          ))}
        </fieldset>
      );
    }
    case "boolean":
      return (
        <fieldset disabled={disabled} className="space-y-2">
          <legend className="mb-2 font-medium">{t("answerOptions")}</legend>
          {[true, false].map((v) => (
            <label key={String(v)} className={choiceRow}>
              <input
                type="radio"
                name={id}
                checked={value?.type === "boolean" && value.value === v}
                onChange={() => onChange({ type: "boolean", value: v })}
                className="mt-1 size-4 accent-amber-600"
              />
              {v ? t("true") : t("false")}
            </label>
          ))}
        </fieldset>
      );
    case "cloze": {
      const blanks = question.blanks ?? [];
      const typed = value?.type === "cloze" ? value.blanks : blanks.map(() => "");
      return (
        <div className="grid gap-3 sm:grid-cols-2">
          {blanks.map((blank, i) => (
            <BlankField
              key={i}
              id={`${id}-${i}`}
              label={blank.hint ? t("blankHint", { n: i + 1, hint: blank.hint }) : t("blank", { n: i + 1 })}
              disabled={disabled}
              value={typed[i] ?? ""}
              onChange={(text) =>
                onChange({ type: "cloze", blanks: blanks.map((_, j) => (j === i ? text : (typed[j] ?? ""))) })
              }
              className={textField}
            />
          ))}
        </div>
      );
    }
    case "open":
    case "code": {
      const code = question.type === "code";
      const text = value?.type === "open" || value?.type === "code" ? value.text : "";
      return (
        <div className="space-y-1">
          <label htmlFor={id} className="block font-medium">
            {code ? t("codeAnswer") : t("openAnswer")}
          </label>
          <textarea
            id={id}
            rows={code ? 12 : 6}
            disabled={disabled}
            spellCheck={!code}
            value={text}
            onChange={(e) => onChange({ type: question.type as "open" | "code", text: e.target.value })}
            className={`${textField} ${code ? "font-mono text-sm" : ""}`}
          />
        </div>
      );
    }
  }
}
