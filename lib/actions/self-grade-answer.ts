"use server";

import type { z } from "zod";
import { selfGradeAnswer as recordSelfGrade, SelfGradeInputSchema } from "../attempts/self-grade-answer";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** The learner's own grade (correct, partly, wrong) of an open or code answer. */
export async function selfGradeAnswer(input: z.input<typeof SelfGradeInputSchema>) {
  return runAction(SelfGradeInputSchema, input, async ({ data, actor, now }) => {
    const profile = await actor.profile();
    return prisma.$transaction((tx) => recordSelfGrade(tx, profile.id, quizContent(), data, now));
  });
}
