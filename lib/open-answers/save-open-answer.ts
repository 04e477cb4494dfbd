import { z } from "zod";
import { POINT_VERDICTS } from "../coach/point-verdicts";
import { KEY_POINTS_MAX } from "../content/key-points";
import { LangSchema } from "../content/schemas/common";
import { isPublished, type Question } from "../content/schemas/question";
import { contentLangFor } from "../content/pick-lang";
import type { Db } from "../db/types";
import { InvalidInputError, NotFoundError } from "../errors";
import { OPEN_ANSWER_MAX } from "../review/sync-protocol";

export const SaveOpenAnswerInputSchema = z.strictObject({
  /** Made by the client: saving twice (a retry, a double click) keeps one answer. */
  id: z.uuid(),
  questionId: z.string().min(1).max(200),
  lang: LangSchema,
  text: z.string().max(OPEN_ANSWER_MAX, `must be at most ${OPEN_ANSWER_MAX} characters`),
  verdicts: z.array(z.enum(POINT_VERDICTS)).max(KEY_POINTS_MAX),
});
export type SaveOpenAnswerInput = z.infer<typeof SaveOpenAnswerInputSchema>;

/**
 * Keeps an answer written on the question page, with the key points the learner ticked. Only a published open or
 * code question with key points takes one, and the ticks must be one per point of the language it was answered in.
 */
export async function saveOpenAnswer(
  db: Db,
  profileId: string,
  questionOf: (id: string) => Question | undefined,
  input: SaveOpenAnswerInput,
  now: Date,
): Promise<{ id: string }> {
  const question = questionOf(input.questionId);
  if (!question || !isPublished(question)) throw new NotFoundError("question", input.questionId);
  const lang = contentLangFor(question, input.lang);
  const points = question.langs[lang]?.keyPoints;
  if (!points) throw new InvalidInputError("questionId", `question "${question.id}" has no key points`);
  if (input.verdicts.length !== points.length)
    throw new InvalidInputError("verdicts", `must hold one verdict per key point (${points.length})`);
  const existing = await db.openAnswer.findUnique({ where: { id: input.id }, select: { profileId: true } });
  if (existing && existing.profileId !== profileId) throw new NotFoundError("answer", input.id);
  if (!existing) {
    await db.openAnswer.create({
      data: {
        id: input.id,
        profileId,
        questionId: question.id,
        lang,
        text: input.text.trim(),
        verdicts: JSON.stringify(input.verdicts),
        source: "question",
        answeredAt: now,
      },
    });
  }
  return { id: input.id };
}
