import type { Lang } from "../content/schemas/common";
import type { Difficulty, Question, QuestionType } from "../content/schemas/question";
import { questionIn } from "./content-source";
import { questionOptionOrder } from "./option-order";

/** A question as the quiz runner may see it before feedback: no correct flags, no answers, no explanations. */
export type ClientQuestion = {
  id: string;
  type: QuestionType;
  difficulty: Difficulty;
  lang: Lang;
  title: string;
  promptHtml: string;
  /**
   * In screen order (shuffled per attempt, see option-order.ts). `index` is the option's identity, its place in
   * the question file: answers, correct options and explanations refer to it; the letter shown is the position.
   */
  options?: { index: number; html: string }[];
  blanks?: { index: number; hint?: string }[];
  features: { math: boolean; code: boolean; mermaid: boolean };
};

// The rendered prompt carries each cloze's first answer (hidden by CSS on the question page); a quiz must not.
const CLOZE_ANSWER = /<span class="cloze-answer">[^<]*<\/span>/g;

/** The question for the browser; with an attempt id, its options in the order that attempt shows them. */
export function toClientQuestion(question: Question, uiLang: Lang, attemptId?: string): ClientQuestion {
  const { lang, content } = questionIn(question, uiLang);
  const options = content.options;
  const order = options && (attemptId ? questionOptionOrder(attemptId, question, options) : options.map((_, i) => i));
  return {
    id: question.id,
    type: question.type,
    difficulty: question.difficulty,
    lang,
    title: content.title,
    promptHtml: content.promptHtml.replace(CLOZE_ANSWER, ""),
    options: order?.map((index) => ({ index, html: options![index]!.html })),
    blanks: content.clozes?.map((c) => ({ index: c.index, hint: c.hint })),
    features: content.features,
  };
}

/** Screen letter of an option position: A, B, C… */
export const optionLetter = (position: number): string => String.fromCharCode(65 + position);
