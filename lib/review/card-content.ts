import type { Lang } from "../content/schemas/common";
import type { Question, QuestionContent } from "../content/schemas/question";

/** One language of a question as a flashcard shows it: the rendered parts, without search text or sources. */
export type CardCopyContent = Pick<
  QuestionContent,
  | "title"
  | "promptHtml"
  | "answerHtml"
  | "booleanAnswer"
  | "explanationHtml"
  | "solutionHtml"
  | "hintsHtml"
  | "clozes"
  | "hash"
  | "features"
> & {
  options?: { html: string; correct: boolean; explanationHtml?: string }[];
  /** Open and code questions: the checklist shown after the answer (the plain text is for search, not cards). */
  keyPoints?: CardKeyPoint[];
};

export type CardKeyPoint = { html: string; must: boolean; weight: number };

/**
 * What the browser needs to show a question as flashcards, in both languages: served as static JSON per question
 * (built once with the site), so a rating never waits for the server to render the next card.
 */
export type CardContent = Pick<Question, "id" | "type" | "difficulty"> & {
  langs: Partial<Record<Lang, CardCopyContent>>;
};

const copyOf = (c: QuestionContent): CardCopyContent => ({
  title: c.title,
  promptHtml: c.promptHtml,
  options: c.options?.map(({ html, correct, explanationHtml }) => ({ html, correct, explanationHtml })),
  answerHtml: c.answerHtml,
  booleanAnswer: c.booleanAnswer,
  explanationHtml: c.explanationHtml,
  solutionHtml: c.solutionHtml,
  hintsHtml: c.hintsHtml,
  keyPoints: c.keyPoints?.map(({ html, must, weight }) => ({ html, must, weight })),
  clozes: c.clozes,
  hash: c.hash,
  features: c.features,
});

export function cardContentOf(question: Question): CardContent {
  const langs: CardContent["langs"] = {};
  for (const lang of ["en", "zh"] as const) {
    const copy = question.langs[lang];
    if (copy) langs[lang] = copyOf(copy);
  }
  return { id: question.id, type: question.type, difficulty: question.difficulty, langs };
}

/** A short fingerprint of a question's content in all its languages: it versions the static JSON's address. */
export const cardContentVersion = (content: Pick<CardContent, "langs">): string =>
  [content.langs.en?.hash, content.langs.zh?.hash].map((h) => (h ?? "-").slice(0, 10)).join(".");
