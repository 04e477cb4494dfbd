import { z } from "zod";
import { POINT_VERDICTS } from "../coach/point-verdicts";
import { KEY_POINTS_MAX } from "../content/key-points";
import { LangSchema } from "../content/schemas/common";
import { InvalidInputError } from "../errors";
import { keepOpenAnswer } from "./keep-open-answer";
import type { Db } from "../db/types";
import { ConflictError, NotFoundError } from "../errors";
import { questionIn, type QuizContent } from "../quiz/content-source";
import { isSelfGraded, SELF_GRADE_SCORE } from "../quiz/grade";
import { graderOf } from "../quiz/overrides";
import { SelfGradeSchema } from "../quiz/response";
import { examInProgress, resultsWithheld } from "./results-withheld";
import { nextAnsweredAt } from "./answer-order";
import { attemptQuestion, outcomeFor, type AnswerOutcome } from "./answer-question";
import { requireOwnAttempt } from "./attempt-record";

export const SelfGradeInputSchema = z.strictObject({
  attemptId: z.uuid(),
  /** The client's id for this grading: a repeated click is recognised. */
  answerId: z.uuid(),
  questionId: z.string().min(1).max(200),
  grade: SelfGradeSchema,
  /** The key points the learner ticked, one verdict per point: kept with the typed answer. */
  verdicts: z.array(z.enum(POINT_VERDICTS)).max(KEY_POINTS_MAX).optional(),
});
export type SelfGradeInput = z.infer<typeof SelfGradeInputSchema>;

/**
 * The learner's own grade of an open or code answer, after seeing the model answer: a new row with the same
 * response (answers are append-only). Allowed after the quiz is finished, because exam mode grades on the
 * result page; it changes a grade, never the answer. It only ever speaks of open and code answers: the id of
 * any other answer is refused, so this action cannot be used to read a verdict the quiz keeps back. In a class
 * assignment the grade is a note to the instructor: the row keeps it with no score, so it never raises the result.
 */
export async function selfGradeAnswer(
  db: Db,
  profileId: string,
  content: QuizContent,
  input: SelfGradeInput,
  now: Date,
): Promise<AnswerOutcome> {
  const attempt = await requireOwnAttempt(db, profileId, input.attemptId);
  // Grading means seeing the model answer: an exam shows it only once handed in, and an "after-due" assignment
  // keeps it back until the due date.
  if (examInProgress(attempt)) throw new ConflictError("exam-in-progress");
  if (resultsWithheld(attempt, now)) throw new ConflictError("feedback-after-due");
  const question = attemptQuestion(content, attempt, input.questionId);
  if (!isSelfGraded(question.type)) throw new ConflictError("not-self-graded");
  const repeated = await db.quizAnswer.findUnique({ where: { id: input.answerId } });
  if (repeated) {
    if (repeated.attemptId !== attempt.id) throw new NotFoundError("attempt", input.attemptId);
    // A retried grading is recognised by its id. Any other row under that id (an auto-graded answer, another
    // question's) is not a grading, and its verdict is not this action's to tell.
    if (repeated.questionId !== question.id || repeated.selfGrade === null) throw new ConflictError("not-self-graded");
    return outcomeFor({ ...attempt, mode: "practice" }, question, repeated);
  }
  const answered = await db.quizAnswer.findFirst({
    where: { attemptId: attempt.id, questionId: question.id },
    orderBy: { answeredAt: "desc" },
  });
  if (!answered) throw new ConflictError("not-answered");
  const lang = LangSchema.catch("en").parse(answered.contentLang);
  const shown = questionIn(question, lang).content;
  if (input.verdicts && input.verdicts.length !== (shown.keyPoints?.length ?? 0)) {
    throw new InvalidInputError("verdicts", `must hold one verdict per key point (${shown.keyPoints?.length ?? 0})`);
  }
  const row = await db.quizAnswer.create({
    data: {
      id: input.answerId,
      attemptId: attempt.id,
      questionId: question.id,
      response: answered.response,
      // In an assignment the instructor grades: the learner's own grade is kept as a note, never as a score.
      score: graderOf(attempt) === "instructor" ? null : SELF_GRADE_SCORE[input.grade],
      selfGrade: input.grade,
      contentHash: shown.hash,
      contentLang: lang,
      answeredAt: await nextAnsweredAt(db, attempt.id, question.id, now),
    },
  });
  if (input.verdicts) {
    await keepOpenAnswer(db, {
      id: input.answerId,
      profileId,
      questionId: question.id,
      lang,
      response: answered.response,
      verdicts: input.verdicts,
      source: "quiz",
      sourceId: attempt.id,
      answeredAt: now,
    });
  }
  // Grading shows the model answer: the learner has seen it, whatever the mode.
  return outcomeFor({ ...attempt, mode: "practice" }, question, row);
}
