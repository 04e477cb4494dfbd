import { z } from "zod";
import type { AssignmentStatus } from "../assignments/status";
import type { Viewer } from "../auth/viewer";
import type { BilingualText, Lang } from "../content/schemas/common";
import type { Db } from "../db/types";
import { NotFoundError } from "../errors";
import { graderSuggestions, type AnswerSuggestion } from "../grading/answer-suggestions";
import { toClientQuestion, type ClientQuestion } from "../quiz/client-question";
import { questionIn, type QuizContent } from "../quiz/content-source";
import { feedbackFor, type Feedback } from "../quiz/feedback";
import { isSelfGraded } from "../quiz/grade";
import type { GradeOverrideRecord } from "../quiz/overrides";
import { parseStoredResponse, type QuizResponse } from "../quiz/response";
import { studentResult, type ScoredAttempt } from "./counted-attempt";
import { assignmentAttempts, currentMembers, requireOwnedAssignment } from "./owned-assignment";

export const StudentAnswersInputSchema = z.strictObject({
  classId: z.string().min(1).max(200),
  assignmentId: z.string().min(1).max(200),
  userId: z.string().min(1).max(200),
  /** Another of the student's attempts than the counted one. */
  attemptId: z.string().min(1).max(200).optional(),
});
export type StudentAnswersInput = z.infer<typeof StudentAnswersInputSchema>;

export type StudentAnswer = {
  questionId: string;
  /** Undefined when the question has left the bank since it was assigned. */
  question?: ClientQuestion;
  response?: QuizResponse;
  /** The right answer and explanations, as the student's result page shows them. */
  feedback?: Feedback;
  score: number | null;
  selfGrade: string | null;
  override?: GradeOverrideRecord;
  /** Open and code answers only: the others are graded by the app. */
  gradable: boolean;
  /** The LLM grader's per-point suggestion, when the student asked for one of this very answer. */
  suggestion?: AnswerSuggestion;
};

export type StudentAnswers = {
  assignment: { id: string; classId: string; className: string; title: BilingualText; dueAt: Date };
  student: { userId: string; name: string; email: string };
  status: AssignmentStatus;
  attempts: { id: string; startedAt: Date; finishedAt: Date | null; scorePercent: number; counted: boolean }[];
  /** The attempt shown: the one asked for, else the counted one, else the latest. */
  shown?: {
    attemptId: string;
    finishedAt: Date | null;
    scorePercent: number;
    timeTakenMs: number;
    answers: StudentAnswer[];
  };
};

function answersOf(content: QuizContent, scored: ScoredAttempt, lang: Lang): StudentAnswer[] {
  return scored.summary.rows.map(({ questionId, answer, score }) => {
    const question = content.questions.find((q) => q.id === questionId);
    if (!question)
      return {
        questionId,
        score: answer ? score : null,
        selfGrade: answer?.selfGrade ?? null,
        override: answer?.override,
        gradable: false,
      };
    const response = answer ? parseStoredResponse(answer.response) : undefined;
    const credit = answer ? score : 0;
    return {
      questionId,
      // In the order this student saw the options in this attempt.
      question: toClientQuestion(question, lang, scored.attempt.id),
      response,
      feedback: feedbackFor(question.type, questionIn(question, lang).content, {
        score: credit,
        correct: credit === null ? null : credit === 1,
      }),
      score: answer ? score : null,
      selfGrade: answer?.selfGrade ?? null,
      override: answer?.override,
      gradable: isSelfGraded(question.type) && !!answer,
    };
  });
}

/** Adds the grader's suggestions the student asked for to their open and code answers. */
async function withSuggestions(
  db: Db,
  profileId: string | null | undefined,
  content: QuizContent,
  answers: StudentAnswer[],
  lang: Lang,
): Promise<StudentAnswer[]> {
  const queries = answers.flatMap((a) => {
    const question = content.questions.find((q) => q.id === a.questionId);
    const points = question && questionIn(question, lang).content.keyPoints;
    const text = a.response && "text" in a.response ? a.response.text : undefined;
    return a.gradable && points?.length && text ? [{ questionId: a.questionId, text, points }] : [];
  });
  if (!profileId || queries.length === 0) return answers;
  const found = await graderSuggestions(db, profileId, queries);
  return answers.map((a) => (found.has(a.questionId) ? { ...a, suggestion: found.get(a.questionId) } : a));
}

/** One student's attempts at an assignment and every answer of one of them, for the owner of the class only. */
export async function loadStudentAnswers(
  db: Db,
  viewer: Viewer,
  content: QuizContent,
  input: StudentAnswersInput,
  lang: Lang,
  now: Date,
): Promise<StudentAnswers> {
  const assignment = await requireOwnedAssignment(db, viewer, input.classId, input.assignmentId);
  const member = (await currentMembers(db, assignment.classId)).find((m) => m.userId === input.userId);
  if (!member) throw new NotFoundError("student", input.userId);
  const attempts = member.profileId ? await assignmentAttempts(db, assignment.id, [member.profileId]) : [];
  const result = studentResult(attempts, assignment.dueAt, now);
  const countedId = result.counted?.attempt.id;
  const shown = input.attemptId
    ? result.attempts.find((a) => a.attempt.id === input.attemptId)
    : (result.counted ?? result.attempts.at(-1));
  if (input.attemptId && !shown) throw new NotFoundError("attempt", input.attemptId);
  return {
    assignment: {
      id: assignment.id,
      classId: assignment.classId,
      className: assignment.classroom.name,
      title: assignment.title,
      dueAt: assignment.dueAt,
    },
    student: { userId: member.userId, name: member.name, email: member.email },
    status: result.status,
    attempts: result.attempts.map((a) => ({
      id: a.attempt.id,
      startedAt: a.attempt.startedAt,
      finishedAt: a.attempt.finishedAt,
      scorePercent: a.summary.scorePercent,
      counted: a.attempt.id === countedId,
    })),
    shown: shown && {
      attemptId: shown.attempt.id,
      finishedAt: shown.attempt.finishedAt,
      scorePercent: shown.summary.scorePercent,
      timeTakenMs: shown.attempt.elapsedMs,
      answers: await withSuggestions(db, member.profileId, content, answersOf(content, shown, lang), lang),
    },
  };
}
