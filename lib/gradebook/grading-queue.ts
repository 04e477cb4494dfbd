import type { Viewer } from "../auth/viewer";
import type { BilingualText, Lang } from "../content/schemas/common";
import type { Db } from "../db/types";
import { toClientQuestion, type ClientQuestion } from "../quiz/client-question";
import { questionIn, type QuizContent } from "../quiz/content-source";
import { feedbackFor, type Feedback } from "../quiz/feedback";
import { parseStoredResponse, type QuizResponse } from "../quiz/response";
import { awaitingAnswers, type GradingQueueInput } from "./awaiting-answers";

export type QueueEntry = {
  attemptId: string;
  questionId: string;
  assignmentTitle: BilingualText;
  studentName: string;
  questionTitle: string;
  blank: boolean;
};

/** The answer on screen: the student's side and the model answer (with its key points) side by side. */
export type QueueCurrent = QueueEntry & {
  position: number;
  question: ClientQuestion;
  response?: QuizResponse;
  selfGrade: string | null;
  /** The model answer, key points and explanation, as the student's result page shows them. */
  answerKey: Feedback;
};

export type GradingQueue = {
  className: string;
  entries: QueueEntry[];
  /** Undefined when nothing awaits grading. */
  current?: QueueCurrent;
};

/**
 * The "Needs grading" queue of a class or one assignment, for the class's owner, opened at `position` (the answer
 * after the ones skipped; past the end it wraps to the first). A saved grade takes its answer out of the queue,
 * so the same position then shows the next one.
 */
export async function loadGradingQueue(
  db: Db,
  viewer: Viewer,
  content: QuizContent,
  input: GradingQueueInput,
  position: number,
  lang: Lang,
): Promise<GradingQueue> {
  const { className, items } = await awaitingAnswers(db, viewer, content, input);
  const entries = items.map((item) => ({
    attemptId: item.attemptId,
    questionId: item.questionId,
    assignmentTitle: item.assignment.title,
    studentName: item.student.name,
    questionTitle: questionIn(content.question(item.questionId)!, lang).content.title,
    blank: item.blank,
  }));
  if (items.length === 0) return { className, entries };
  const at = Number.isInteger(position) && position >= 0 && position < items.length ? position : 0;
  const item = items[at]!;
  const question = content.question(item.questionId)!;
  return {
    className,
    entries,
    current: {
      ...entries[at]!,
      position: at,
      // In the order this student saw it (open and code questions have no options, but the prompt is the same).
      question: toClientQuestion(question, lang, item.attemptId),
      response: parseStoredResponse(item.response),
      selfGrade: item.selfGrade,
      answerKey: feedbackFor(question.type, questionIn(question, lang).content, { score: null, correct: null }),
    },
  };
}
