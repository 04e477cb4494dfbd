"use server";

import { prisma } from "../db/client";
import { ensureProfile } from "../profile/ensure-profile";
import { saveProgress, SaveProgressInputSchema } from "../quizzes/save-progress";
import { runAction } from "./run-action";

/** Where the learner is in a quiz and how much time they have used: sent on navigation and every few seconds. */
export async function saveQuizProgress(input: unknown) {
  return runAction(SaveProgressInputSchema, input, async (data) => {
    const profileId = await ensureProfile();
    return prisma.$transaction((tx) => saveProgress(tx, profileId, data, new Date()));
  });
}
