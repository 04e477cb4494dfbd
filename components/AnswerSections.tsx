import { RenderedHtml } from "./RenderedHtml";

export type AnswerLabels = { answer: string; solution: string; explanation: string; true: string; false: string };

type Content = { booleanAnswer?: boolean; answerHtml?: string; solutionHtml?: string; explanationHtml?: string };

/** The back of a question (model answer, solution, explanation), shared by the question page, flashcards and quiz results. */
/**
 * `labelLang`: the UI language, when the content around is in the other one (both languages side by side), so
 * the headings are read in their own language.
 */
export function AnswerSections({
  content,
  labels,
  heading: H = "h2",
  labelLang,
}: {
  content: Content;
  labels: AnswerLabels;
  heading?: "h2" | "h3";
  labelLang?: string;
}) {
  const section = (title: string, body: React.ReactNode) => (
    <section className="space-y-2">
      <H lang={labelLang} className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
        {title}
      </H>
      {body}
    </section>
  );
  return (
    <>
      {content.booleanAnswer !== undefined &&
        section(
          labels.answer,
          <p lang={labelLang} className="text-lg font-semibold">
            {content.booleanAnswer ? labels.true : labels.false}
          </p>,
        )}
      {content.answerHtml && section(labels.answer, <RenderedHtml html={content.answerHtml} />)}
      {content.solutionHtml && section(labels.solution, <RenderedHtml html={content.solutionHtml} />)}
      {content.explanationHtml && section(labels.explanation, <RenderedHtml html={content.explanationHtml} />)}
    </>
  );
}
