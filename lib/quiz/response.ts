import { z } from "zod";
import { RESPONSE_LIMITS } from "./is-quiz-response";
import { SELF_GRADES, type SelfGrade } from "./self-grades";

const { text: MAX_TEXT, blank: MAX_BLANK, items: MAX_ITEMS } = RESPONSE_LIMITS;

/**
 * What a learner submits for one question, by question type. Option indexes are 0-based positions in the
 * question's option list; cloze blanks are in the order of the question's `clozes` list.
 */
export const QuizResponseSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), choice: z.number().int().min(0) }),
  z.strictObject({ type: z.literal("multiple"), choices: z.array(z.number().int().min(0)).max(MAX_ITEMS) }),
  z.strictObject({ type: z.literal("boolean"), value: z.boolean() }),
  z.strictObject({ type: z.literal("cloze"), blanks: z.array(z.string().max(MAX_BLANK)).max(MAX_ITEMS) }),
  z.strictObject({ type: z.literal("open"), text: z.string().max(MAX_TEXT) }),
  z.strictObject({ type: z.literal("code"), text: z.string().max(MAX_TEXT) }),
]);
export type QuizResponse = z.infer<typeof QuizResponseSchema>;

export { SELF_GRADES, type SelfGrade };
export const SelfGradeSchema = z.enum(SELF_GRADES);

export const QUIZ_MODES = ["practice", "exam"] as const;
export const QuizModeSchema = z.enum(QUIZ_MODES);
export type QuizMode = z.infer<typeof QuizModeSchema>;

/** Stored responses are JSON written by this app; one that no longer parses is treated as no answer. */
export function parseStoredResponse(json: string): QuizResponse | undefined {
  try {
    const parsed = QuizResponseSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
