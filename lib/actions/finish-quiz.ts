"use server";

import { prisma } from "../db/client";
import { ensureProfile } from "../profile/ensure-profile";
import { finishAttempt, FinishQuizInputSchema } from "../quizzes/finish-attempt";
import { runAction } from "./run-action";

/** Hands the quiz in (the learner's "Finish quiz", or the countdown reaching zero). */
export async function finishQuiz(input: unknown) {
  return runAction(FinishQuizInputSchema, input, async (data) => {
    const profileId = await ensureProfile();
    return prisma.$transaction((tx) => finishAttempt(tx, profileId, data, new Date()));
  });
}
