import { z } from "zod";
import { LangSchema, type Lang } from "../content/schemas/common";
import type { Question } from "../content/schemas/question";
import type { Db } from "../db/types";
import { ConflictError, NotFoundError } from "../errors";
import { questionIn, type QuizContent } from "../quiz/content-source";
import { feedbackFor, type Feedback } from "../quiz/feedback";
import { gradeResponse } from "../quiz/grade";
import { parseStoredResponse, QuizResponseSchema, SelfGradeSchema } from "../quiz/response";
import { isOverTime, nextElapsedMs } from "../quiz/timer";
import { resultsWithheld } from "./results-withheld";
import { hardDeadline } from "./hard-deadline";
import { nextAnsweredAt } from "./answer-order";
import { requireOwnAttempt, type OwnAttempt } from "./attempt-record";

export const AnswerQuestionInputSchema = z.strictObject({
  attemptId: z.uuid(),
  /** Made by the client per submission: a retried request is recognised and not counted twice. */
  answerId: z.uuid(),
  questionId: z.string().min(1).max(200),
  response: QuizResponseSchema,
  /** Time the learner has spent in the quiz so far, as the client counts it. */
  elapsedMs: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600 * 1000),
});
export type AnswerQuestionInput = z.infer<typeof AnswerQuestionInputSchema>;

/** Practice mode shows the verdict at once; exam mode only confirms the save; time-up means the quiz is over. */
export type AnswerOutcome =
  | { status: "graded"; answerId: string; questionId: string; feedback: Feedback }
  | { status: "saved"; answerId: string; questionId: string }
  | { status: "time-up" };

type Row = {
  id: string;
  questionId: string;
  response: string;
  score: number | null;
  selfGrade: string | null;
  contentLang: string;
};

/** What the learner is told about a stored answer, depending on the attempt's mode. */
export function outcomeFor(
  attempt: Pick<OwnAttempt, "mode" | "finishedAt">,
  question: Question,
  row: Row,
): AnswerOutcome {
  if (attempt.mode === "exam" && !attempt.finishedAt)
    return { status: "saved", answerId: row.id, questionId: row.questionId };
  const { content } = questionIn(question, LangSchema.catch("en").parse(row.contentLang));
  const response = parseStoredResponse(row.response);
  const grade = SelfGradeSchema.safeParse(row.selfGrade);
  const verdict = response
    ? gradeResponse(question.type, content, response, grade.success ? grade.data : undefined)
    : { score: row.score, correct: null };
  return {
    status: "graded",
    answerId: row.id,
    questionId: row.questionId,
    feedback: feedbackFor(question.type, content, { ...verdict, score: row.score }),
  };
}

/** The question of an attempt named in a request: it must exist and belong to the attempt. */
export function attemptQuestion(
  content: QuizContent,
  attempt: Pick<OwnAttempt, "questionIds">,
  questionId: string,
): Question {
  const question = content.question(questionId);
  if (!question) throw new NotFoundError("question", questionId);
  if (!attempt.questionIds.includes(questionId)) throw new ConflictError("not-in-attempt");
  return question;
}

/**
 * Records one answer, graded on the server. Refuses (before writing anything) answers to a finished attempt, to
 * a question outside it, of the wrong shape, or a second answer in practice mode once feedback was shown.
 * An attempt found over its time limit (or, for a timed assignment, past its wall-clock deadline) is finished instead.
 */
export async function answerQuestion(
  db: Db,
  profileId: string,
  content: QuizContent,
  input: AnswerQuestionInput,
  lang: Lang,
  now: Date,
): Promise<AnswerOutcome> {
  const attempt = await requireOwnAttempt(db, profileId, input.attemptId);
  const repeated = await db.quizAnswer.findUnique({ where: { id: input.answerId } });
  if (repeated) {
    if (repeated.attemptId !== attempt.id) throw new NotFoundError("attempt", input.attemptId);
    // A retry after an "after-due" assignment was handed in must not reveal the verdict early.
    if (resultsWithheld(attempt, now))
      return { status: "saved", answerId: repeated.id, questionId: repeated.questionId };
    return outcomeFor(attempt, attemptQuestion(content, attempt, repeated.questionId), repeated);
  }
  const question = attemptQuestion(content, attempt, input.questionId);
  if (attempt.finishedAt) throw new ConflictError("attempt-finished");
  const deadline = hardDeadline(attempt);
  if (deadline && now > deadline.refusedAfter) {
    await db.quizAttempt.update({
      where: { id: attempt.id },
      data: { elapsedMs: attempt.timeLimitSec! * 1000, finishedAt: deadline.endsAt },
    });
    return { status: "time-up" };
  }
  const elapsedMs = nextElapsedMs(attempt.elapsedMs, input.elapsedMs, attempt.startedAt, now);
  if (isOverTime({ timeLimitSec: attempt.timeLimitSec, elapsedMs })) {
    await db.quizAttempt.update({
      where: { id: attempt.id },
      data: { elapsedMs: attempt.timeLimitSec! * 1000, finishedAt: now },
    });
    return { status: "time-up" };
  }
  if (
    attempt.mode === "practice" &&
    (await db.quizAnswer.count({ where: { attemptId: attempt.id, questionId: question.id } })) > 0
  ) {
    throw new ConflictError("already-answered");
  }
  const shown = questionIn(question, lang);
  const verdict = gradeResponse(question.type, shown.content, input.response);
  const row = await db.quizAnswer.create({
    data: {
      id: input.answerId,
      attemptId: attempt.id,
      questionId: question.id,
      response: JSON.stringify(input.response),
      score: verdict.score,
      contentHash: shown.content.hash,
      contentLang: shown.lang,
      answeredAt: await nextAnsweredAt(db, attempt.id, question.id, now),
    },
  });
  await db.quizAttempt.update({ where: { id: attempt.id }, data: { elapsedMs } });
  return outcomeFor(attempt, question, row);
}
