"use server";

import { prisma } from "../db/client";
import { quizContent } from "../data/quiz-content";
import { ensureProfile } from "../profile/ensure-profile";
import { startAttempt, StartQuizInputSchema } from "../quizzes/start-attempt";
import { runAction } from "./run-action";

/** Opens a quiz attempt (a set, a custom selection or an article's questions); the client then goes to it. */
export async function startQuiz(input: unknown) {
  return runAction(StartQuizInputSchema, input, async (data) => {
    const profileId = await ensureProfile();
    const content = quizContent();
    return prisma.$transaction((tx) => startAttempt(tx, profileId, content, data, new Date(), Math.random));
  });
}
