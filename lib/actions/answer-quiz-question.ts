"use server";

import { getLocale } from "next-intl/server";
import { prisma } from "../db/client";
import { quizContent } from "../data/quiz-content";
import { ConflictError } from "../errors";
import { LocaleSchema } from "../i18n/locales";
import { ensureProfile } from "../profile/ensure-profile";
import { answerQuestion, AnswerQuestionInputSchema } from "../quizzes/answer-question";
import { runAction } from "./run-action";

/** Records one answer. Practice mode returns the verdict and the explanation; exam mode only confirms the save. */
export async function answerQuizQuestion(input: unknown) {
  return runAction(AnswerQuestionInputSchema, input, async (data) => {
    const profileId = await ensureProfile();
    const lang = LocaleSchema.parse(await getLocale());
    const content = quizContent();
    const outcome = await prisma.$transaction((tx) => answerQuestion(tx, profileId, content, data, lang, new Date()));
    // The attempt was finished in the transaction above; the answer itself is refused.
    if (outcome.status === "time-up") throw new ConflictError("time-up");
    return outcome;
  });
}
