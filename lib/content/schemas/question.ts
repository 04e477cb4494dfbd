import { z } from "zod";
import { DIFFICULTIES, QUESTION_TYPES } from "../question-kinds";
import { KebabIdSchema, LastVerifiedSchema, SourcesSchema, TagListSchema } from "./common";

export { DIFFICULTIES, QUESTION_TYPES };
export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const DifficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof DifficultySchema>;

/** The YAML inside a question's ```meta block. */
export const QuestionMetaSchema = z.strictObject({
  id: KebabIdSchema,
  type: QuestionTypeSchema,
  difficulty: DifficultySchema,
  tags: TagListSchema,
  draft: z.boolean().default(false),
  /** Withdrawn from practice. The id stays reserved forever: learners have progress on it. */
  retired: z.boolean().default(false),
  /** When a person last checked the facts, and where (for stale-fact warnings on volatile topics). */
  lastVerified: LastVerifiedSchema.optional(),
  sources: SourcesSchema,
});
export type QuestionMeta = z.infer<typeof QuestionMetaSchema>;

export const BankFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, "must not be empty"),
  topic: KebabIdSchema,
  tags: TagListSchema,
  description: z.string().trim().optional(),
});
export type BankFrontmatter = z.infer<typeof BankFrontmatterSchema>;

export const ClozeSchema = z.object({
  index: z.number().int().positive(),
  answers: z.array(z.string()).min(1),
  hint: z.string().optional(),
});
export type Cloze = z.infer<typeof ClozeSchema>;

export const ChoiceOptionSchema = z.object({
  html: z.string(),
  text: z.string(),
  correct: z.boolean(),
  explanationHtml: z.string().optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** One point an interviewer listens for in an open or code answer (a `### Key points` bullet). */
export const KeyPointSchema = z.object({
  html: z.string(),
  text: z.string(),
  /** Leaving it out fails the answer, whatever else it covers. */
  must: z.boolean(),
  /** Its share of the score, 1 to 3. */
  weight: z.number().int().min(1),
});
export type KeyPoint = z.infer<typeof KeyPointSchema>;

/** One language's rendered version of a question. */
export const QuestionContentSchema = z.object({
  title: z.string(),
  promptHtml: z.string(),
  options: z.array(ChoiceOptionSchema).optional(),
  answerHtml: z.string().optional(),
  booleanAnswer: z.boolean().optional(),
  explanationHtml: z.string().optional(),
  solutionHtml: z.string().optional(),
  hintsHtml: z.string().optional(),
  /** Open and code questions: what a good answer covers, in the order the author gave. */
  keyPoints: z.array(KeyPointSchema).optional(),
  clozes: z.array(ClozeSchema).optional(),
  /** Plain text of the whole question, for search and previews. */
  text: z.string(),
  /** Plain text of the title, prompt and options: what makes two questions "the same question". */
  promptText: z.string(),
  /** Block-separated plain text for search: the prompt with its options, and everything that answers it. */
  searchText: z.object({ prompt: z.string(), answer: z.string() }),
  /** Hash of this language's source: progress records it to notice later edits. */
  hash: z.string(),
  features: z.object({ math: z.boolean(), code: z.boolean(), mermaid: z.boolean() }),
  source: z.object({ file: z.string(), line: z.number().int() }),
});
export type QuestionContent = z.infer<typeof QuestionContentSchema>;

export const QuestionSchema = z.object({
  id: z.string(),
  type: QuestionTypeSchema,
  difficulty: DifficultySchema,
  tags: z.array(z.string()),
  draft: z.boolean(),
  retired: z.boolean(),
  lastVerified: z.string().optional(),
  topic: z.string(),
  bank: z.string(),
  langs: z.object({ zh: QuestionContentSchema.optional(), en: QuestionContentSchema.optional() }),
});
export type Question = z.infer<typeof QuestionSchema>;

export { isPublished } from "../question-kinds";

export const BankSchema = z.object({
  key: z.string(),
  topic: z.string(),
  slug: z.string(),
  title: z.object({ zh: z.string().optional(), en: z.string().optional() }),
  description: z.object({ zh: z.string().optional(), en: z.string().optional() }),
  tags: z.array(z.string()),
  questionIds: z.array(z.string()),
});
export type Bank = z.infer<typeof BankSchema>;
