import { z } from "zod";
import { NOTE_MAX_CHARS, PROBLEM_REASONS, REPORT_TEXT_MAX_CHARS, REPORT_TEXT_MIN_CHARS } from "./limits";

export const ProblemReasonSchema = z.enum(PROBLEM_REASONS);

const QuestionIdSchema = z.string().min(1, "must name a question").max(200, "is too long");

export const SetQuestionFlagInputSchema = z.object({ questionId: QuestionIdSchema, flagged: z.boolean() });

export const SaveQuestionNoteInputSchema = z.object({
  questionId: QuestionIdSchema,
  note: z.string().max(NOTE_MAX_CHARS, `must be at most ${NOTE_MAX_CHARS} characters`),
});

export const ReportProblemInputSchema = z.object({
  /** Made in the browser: a second submit of the same form is stored once. */
  id: z.string().uuid(),
  questionId: QuestionIdSchema,
  reason: ProblemReasonSchema,
  text: z
    .string()
    .trim()
    .min(REPORT_TEXT_MIN_CHARS, `must be at least ${REPORT_TEXT_MIN_CHARS} characters`)
    .max(REPORT_TEXT_MAX_CHARS, `must be at most ${REPORT_TEXT_MAX_CHARS} characters`),
});

export const ResolveProblemReportInputSchema = z.object({ id: z.string().uuid(), resolved: z.boolean() });
