import type { Question } from "../content/schemas/question";

/** A flashcard is a question, or one blank of a cloze question: c1 and c2 are learned and scheduled separately. */
export type CardKey = { questionId: string; clozeIndex: number };

export const cardKeyString = (k: CardKey): string => (k.clozeIndex ? `${k.questionId}#c${k.clozeIndex}` : k.questionId);

/** What telling a question's cards apart needs: its type and, for a cloze, the indexes of its blanks. */
export type CardSource = Pick<Question, "id" | "type"> & {
  langs: { en?: { clozes?: { index: number }[] }; zh?: { clozes?: { index: number }[] } };
};

export function cardKeysOf(question: CardSource): CardKey[] {
  if (question.type !== "cloze") return [{ questionId: question.id, clozeIndex: 0 }];
  // The content check guarantees both languages have the same cloze indexes.
  const content = question.langs.en ?? question.langs.zh;
  const indexes = [...new Set(content?.clozes?.map((c) => c.index) ?? [])].sort((a, b) => a - b);
  return indexes.map((clozeIndex) => ({ questionId: question.id, clozeIndex }));
}
