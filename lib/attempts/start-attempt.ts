import { z } from "zod";
import { KebabIdSchema, type BilingualText } from "../content/schemas/common";
import { DifficultySchema, QuestionTypeSchema } from "../content/schemas/question";
import type { Db } from "../db/types";
import { ConflictError, NotFoundError } from "../errors";
import { articleTitles, type QuizContent } from "../quiz/content-source";
import type { Random } from "../quiz/random";
import { QuizModeSchema } from "../quiz/response";
import { questionsForSet, selectQuestions } from "../quiz/select";
import { articleQuizTitle, customQuizTitle } from "../quiz/titles";

/** The custom quiz builder's form: every filter optional, a count, an optional time limit. */
export const CustomQuizSchema = z.strictObject({
  topics: z.array(KebabIdSchema).max(50).default([]),
  tags: z.array(KebabIdSchema).max(50).default([]),
  types: z.array(QuestionTypeSchema).default([]),
  difficulty: z.array(DifficultySchema).default([]),
  count: z
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(50, "must be at most 50"),
  timeLimitMinutes: z
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(180, "must be at most 180")
    .optional(),
});
export type CustomQuiz = z.infer<typeof CustomQuizSchema>;

export const QuizSourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("set"), slug: KebabIdSchema }),
  z.strictObject({ kind: z.literal("custom"), filters: CustomQuizSchema }),
  z.strictObject({ kind: z.literal("article"), slug: KebabIdSchema }),
]);

export const StartQuizInputSchema = z.strictObject({
  /** Made by the client when the start form appears: pressing "Start quiz" twice opens one attempt. */
  attemptId: z.uuid(),
  mode: QuizModeSchema,
  source: QuizSourceSchema,
});
export type StartQuizInput = z.infer<typeof StartQuizInputSchema>;

export type Plan = {
  quizSlug: string | null;
  title: BilingualText;
  questionIds: string[];
  timeLimitSec: number | null;
  passPercent: number | null;
};

function plan(content: QuizContent, source: StartQuizInput["source"], random: Random): Plan {
  switch (source.kind) {
    case "set": {
      const set = content.quizSet(source.slug);
      if (!set) throw new NotFoundError("quiz", source.slug);
      const questionIds = questionsForSet(set, content.questions, random);
      const timeLimitSec = set.timeLimitMinutes ? set.timeLimitMinutes * 60 : null;
      return { quizSlug: set.slug, title: set.title, questionIds, timeLimitSec, passPercent: set.passPercent ?? null };
    }
    case "custom": {
      const { timeLimitMinutes, ...filters } = source.filters;
      const questionIds = selectQuestions(content.questions, filters, random);
      return {
        quizSlug: null,
        title: customQuizTitle(),
        questionIds,
        timeLimitSec: timeLimitMinutes ? timeLimitMinutes * 60 : null,
        passPercent: null,
      };
    }
    case "article": {
      const article = content.article(source.slug);
      if (!article) throw new NotFoundError("article", source.slug);
      const questionIds = article.related.filter((id) => content.question(id));
      return {
        quizSlug: null,
        title: articleQuizTitle(articleTitles(article)),
        questionIds,
        timeLimitSec: null,
        passPercent: null,
      };
    }
  }
}

/**
 * Opens an attempt with its questions fixed now (a random draw happens once, here). Idempotent on the client's
 * attempt id: a repeated start returns the attempt that is already there.
 */
export async function startAttempt(
  db: Db,
  profileId: string,
  content: QuizContent,
  input: StartQuizInput,
  now: Date,
  random: Random,
): Promise<{ attemptId: string }> {
  const existing = await db.quizAttempt.findUnique({ where: { id: input.attemptId }, select: { profileId: true } });
  if (existing) {
    if (existing.profileId !== profileId) throw new NotFoundError("attempt", input.attemptId);
    return { attemptId: input.attemptId };
  }
  await openAttempt(
    db,
    { id: input.attemptId, profileId, mode: input.mode, plan: plan(content, input.source, random), assignmentId: null },
    now,
  );
  return { attemptId: input.attemptId };
}

type NewAttempt = {
  id: string;
  profileId: string;
  mode: StartQuizInput["mode"];
  plan: Plan;
  assignmentId: string | null;
};

/** Writes a new attempt with its questions fixed: self-study and class assignments open attempts the same way. */
export async function openAttempt(db: Db, a: NewAttempt, now: Date): Promise<void> {
  const p = a.plan;
  if (p.questionIds.length === 0) throw new ConflictError("no-questions");
  await db.quizAttempt.create({
    data: {
      id: a.id,
      profileId: a.profileId,
      quizSlug: p.quizSlug,
      title: JSON.stringify(p.title),
      mode: a.mode,
      questionIds: JSON.stringify(p.questionIds),
      timeLimitSec: p.timeLimitSec,
      passPercent: p.passPercent,
      assignmentId: a.assignmentId,
      startedAt: now,
    },
  });
}
