import type { Question } from "@/lib/content/schemas/question";
import { questionsInScope } from "@/lib/review/scope";
import { snapshot } from "./content-lookup";

/**
 * A tag whose review session starts with a question that passes `test` (in English), with that first question.
 * `minCards` asks for a scope with more cards, so the next one shows after a rating (a lone learning card would
 * come straight back).
 */
export function tagStartingWith(test: (q: Question) => boolean, minCards = 1): { tag: string; question: Question } {
  const s = snapshot();
  for (const tag of [...new Set(s.questions.flatMap((q) => q.tags))].sort()) {
    const cards = questionsInScope(s, { tag }) ?? [];
    const first = cards[0];
    if (cards.length >= minCards && first?.langs.en && test(first)) return { tag, question: first };
  }
  throw new Error("no tag in content/ starts with such a question");
}

/** An open question with key points in both languages. */
export const hasKeyPoints = (q: Question) => q.type === "open" && !!q.langs.en?.keyPoints && !!q.langs.zh?.keyPoints;
