import { useTranslations } from "next-intl";
import { RenderedHtml } from "@/components/RenderedHtml";
import { OPTION_TEXT, OptionLetter } from "@/components/ui/OptionParts";
import type { ClientQuestion } from "@/lib/quiz/client-question";
import type { Feedback } from "@/lib/quiz/feedback";
import type { QuizResponse } from "@/lib/quiz/response";
import { OptionLine } from "./QuizFeedback";

/**
 * The learner's answer as they gave it, read-only. With the feedback (once it may be shown), each option they
 * picked says whether it was right, and a wrong pick says why it is wrong.
 */
export function ResponseView({
  question,
  response,
  feedback,
}: {
  question: ClientQuestion;
  response?: QuizResponse;
  feedback?: Feedback;
}) {
  const t = useTranslations("quiz");
  if (!response) return <p className="italic">{t("result.notAnswered")}</p>;
  switch (response.type) {
    case "single":
    case "multiple": {
      const picked = response.type === "single" ? [response.choice] : response.choices;
      if (picked.length === 0) return <p className="italic">{t("result.notAnswered")}</p>;
      // The picks are option identities; they are listed in the order and with the letters the learner saw.
      const shown = (question.options ?? []).flatMap((option, position) =>
        picked.includes(option.index) ? [{ option, position }] : [],
      );
      const correct = feedback?.correctOptions;
      if (correct)
        return (
          <ul className="space-y-2">
            {shown.map(({ option, position }) => {
              const right = correct.includes(option.index);
              return (
                <OptionLine
                  key={option.index}
                  position={position}
                  html={option.html}
                  right={right}
                  why={right ? undefined : feedback.optionExplanations?.[option.index]}
                />
              );
            })}
          </ul>
        );
      return (
        <ul className="space-y-1">
          {shown.map(({ option, position }) => (
            <li key={option.index} className="flex gap-2">
              <OptionLetter position={position} />
              <RenderedHtml html={option.html} className={`${OPTION_TEXT} prose-p:my-0`} />
            </li>
          ))}
        </ul>
      );
    }
    case "boolean":
      return <p>{response.value ? t("runner.true") : t("runner.false")}</p>;
    case "cloze":
      return (
        <ol className="list-decimal pl-5">
          {response.blanks.map((b, i) => (
            <li key={i}>{b.trim() || <span className="italic">{t("result.notAnswered")}</span>}</li>
          ))}
        </ol>
      );
    case "open":
    case "code":
      return (
        <pre
          className={`whitespace-pre-wrap rounded-md bg-stone-50 p-3 dark:bg-stone-900 ${response.type === "code" ? "font-mono text-sm" : "font-sans"}`}
        >
          {response.text}
        </pre>
      );
  }
}
