import type { Lang } from "../content/schemas/common";
import type { Difficulty, Question, QuestionType } from "../content/schemas/question";
import { questionIn } from "./content-source";

/** A question as the quiz runner may see it before feedback: no correct flags, no answers, no explanations. */
export type ClientQuestion = {
  id: string;
  type: QuestionType;
  difficulty: Difficulty;
  lang: Lang;
  title: string;
  promptHtml: string;
  options?: { html: string }[];
  blanks?: { index: number; hint?: string }[];
  features: { math: boolean; code: boolean; mermaid: boolean };
};

// The rendered prompt carries each cloze's first answer (hidden by CSS on the question page); a quiz must not.
const CLOZE_ANSWER = /<span class="cloze-answer">[^<]*<\/span>/g;

export function toClientQuestion(question: Question, uiLang: Lang): ClientQuestion {
  const { lang, content } = questionIn(question, uiLang);
  return {
    id: question.id,
    type: question.type,
    difficulty: question.difficulty,
    lang,
    title: content.title,
    promptHtml: content.promptHtml.replace(CLOZE_ANSWER, ""),
    options: content.options?.map((o) => ({ html: o.html })),
    blanks: content.clozes?.map((c) => ({ index: c.index, hint: c.hint })),
    features: content.features,
  };
}
