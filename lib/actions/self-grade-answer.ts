"use server";

import { prisma } from "../db/client";
import { quizContent } from "../data/quiz-content";
import { ensureProfile } from "../profile/ensure-profile";
import { selfGradeAnswer as recordSelfGrade, SelfGradeInputSchema } from "../quizzes/self-grade-answer";
import { runAction } from "./run-action";

/** The learner's own grade (correct, partly, wrong) of an open or code answer. */
export async function selfGradeAnswer(input: unknown) {
  return runAction(SelfGradeInputSchema, input, async (data) => {
    const profileId = await ensureProfile();
    const content = quizContent();
    return prisma.$transaction((tx) => recordSelfGrade(tx, profileId, content, data, new Date()));
  });
}
