import type { Lang } from "../content/schemas/common";
import type { QuestionType } from "../content/schemas/question";
import { questionIn, type QuizContent } from "../quiz/content-source";

export type GradebookQuestion = { id: string; title: string; type: QuestionType | undefined };

/**
 * The assignment's questions as the gradebook names them, in the viewer's language. Questions are fixed when a
 * quiz is assigned, so one since retired from the bank is still listed (by id if it is gone entirely).
 */
export function gradebookQuestions(
  content: QuizContent,
  questionIds: readonly string[],
  lang: Lang,
): GradebookQuestion[] {
  const all = new Map(content.questions.map((q) => [q.id, q]));
  return questionIds.map((id) => {
    const question = all.get(id);
    return question
      ? { id, title: questionIn(question, lang).content.title, type: question.type }
      : { id, title: id, type: undefined };
  });
}
