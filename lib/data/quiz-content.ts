import "server-only";
import { quizContentFrom, type QuizContent } from "../quiz/content-source";
import type { ContentSnapshot } from "../content/schemas/snapshot";
import { getSnapshot } from "./snapshot";

let cached: { snapshot: ContentSnapshot; content: QuizContent } | undefined;

/** The served content as the quiz services look it up (rebuilt when the snapshot file changes). */
export function quizContent(): QuizContent {
  const snapshot = getSnapshot();
  if (cached?.snapshot !== snapshot) cached = { snapshot, content: quizContentFrom(snapshot) };
  return cached.content;
}
