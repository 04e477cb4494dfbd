import { z } from "zod";
import { BilingualTextSchema, KebabIdSchema } from "./common";
import { DifficultySchema, QuestionTypeSchema } from "./question";

export const QuizSelectSchema = z.strictObject({
  topics: z.array(KebabIdSchema).default([]),
  tags: z.array(KebabIdSchema).default([]),
  types: z.array(QuestionTypeSchema).default([]),
  difficulty: z.array(DifficultySchema).default([]),
  count: z.number().int().positive(),
});
export type QuizSelect = z.infer<typeof QuizSelectSchema>;

export const QuizSetFileSchema = z
  .strictObject({
    title: BilingualTextSchema,
    description: BilingualTextSchema,
    questions: z.array(KebabIdSchema).min(1, "list at least one question id").optional(),
    select: QuizSelectSchema.optional(),
    timeLimitMinutes: z.number().int().positive().optional(),
    passPercent: z.number().min(0).max(100).optional(),
    shuffle: z.boolean().default(false),
  })
  .refine((q) => (q.questions ? !q.select : !!q.select), {
    message: "give either `questions` (a list of ids) or `select` (a selection), not both and not neither",
  });
export type QuizSetFile = z.infer<typeof QuizSetFileSchema>;

export type QuizSet = QuizSetFile & { slug: string; source: { file: string } };
