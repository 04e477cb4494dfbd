"use server";

import type { z } from "zod";
import { answerQuestion, AnswerQuestionInputSchema } from "../attempts/answer-question";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { ConflictError } from "../errors";
import { runAction } from "./run-action";

/** Records one answer. Practice mode returns the verdict and the explanation; exam mode only confirms the save. */
export async function answerQuizQuestion(input: z.input<typeof AnswerQuestionInputSchema>) {
  return runAction(AnswerQuestionInputSchema, input, async ({ data, actor, now }) => {
    const [profile, lang] = await Promise.all([actor.profile(), actor.locale()]);
    const outcome = await prisma.$transaction((tx) => answerQuestion(tx, profile.id, quizContent(), data, lang, now));
    // The attempt was finished in the transaction above; the answer itself is refused.
    if (outcome.status === "time-up") throw new ConflictError("time-up");
    return outcome;
  });
}
