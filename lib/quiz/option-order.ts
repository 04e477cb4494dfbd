import type { Question } from "../content/schemas/question";
import { seededRandom, shuffled } from "./random";

/**
 * The order a learner sees the options of a choice question in, during one attempt.
 *
 * Stored answers and grading use option identity: the 0-based index of the option in the question file (see
 * QuizResponseSchema). Only the presentation is shuffled. The order is a pure function of the attempt id, the
 * question id and the options themselves (how many, which are pinned), so it is the same on every reload, in
 * the practice feedback, on the result page and in the instructor's view of the student's answers, without a
 * column to store it: it is recomputed exactly. tests/unit/quiz-option-order.test.ts pins the exact output for
 * known ids, so a change to this algorithm (which would change what old attempts say the student saw) fails.
 * Why not a stored permutation: the pages render the question's current content, not the one answered, so a
 * stored order would go stale just the same when an author adds or removes an option (each answer records its
 * content hash for that), and it would cost a column and a migration per provider for no gain in grading, which
 * never looks at the order.
 */

/** Options that only make sense where the author put them (normally last); they are never moved. */
export const PINNED_OPTION_TEXTS = [
  "none of the above",
  "all of the above",
  "以上都不是",
  "以上都是",
  "以上皆非",
  "以上皆是",
] as const;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.。!！]+$/u, "");

/** Whether an option keeps its position in the file: its plain text is one of PINNED_OPTION_TEXTS. */
export function isPinnedOption(text: string): boolean {
  return (PINNED_OPTION_TEXTS as readonly string[]).includes(normalise(text));
}

/** FNV-1a, 32 bits: a stable number from a string, to seed the generator. */
export function hashSeed(key: string): number {
  let h = 0x811c9dc5;
  for (const ch of key) {
    const code = ch.codePointAt(0)!;
    h ^= code;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The screen order of a question's options in one attempt: position on screen → option index in the file.
 * Pinned options stay at their own index; the others are shuffled among the remaining places.
 */
export function optionOrder(attemptId: string, questionId: string, options: readonly { text: string }[]): number[] {
  return pinnedOrder(
    attemptId,
    questionId,
    options.map((o) => isPinnedOption(o.text)),
  );
}

/**
 * The order for a question shown in one of its languages. An option pinned in any language is pinned in all, so
 * a student who answered in Chinese and an instructor reading in English see the same order.
 */
export function questionOptionOrder(
  attemptId: string,
  question: Pick<Question, "id" | "langs">,
  shown: readonly { text: string }[],
): number[] {
  const all = Object.values(question.langs).map((c) => c?.options ?? []);
  return pinnedOrder(
    attemptId,
    question.id,
    shown.map((o, i) => isPinnedOption(o.text) || all.some((options) => isPinnedOption(options[i]?.text ?? ""))),
  );
}

function pinnedOrder(attemptId: string, questionId: string, pinned: readonly boolean[]): number[] {
  const free = pinned.flatMap((p, i) => (p ? [] : [i]));
  const dealt = shuffled(free, seededRandom(hashSeed(`${attemptId}\u0000${questionId}`)));
  let next = 0;
  return pinned.map((p, i) => (p ? i : dealt[next++]!));
}
