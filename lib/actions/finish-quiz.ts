"use server";

import type { z } from "zod";
import { finishAttempt, FinishQuizInputSchema } from "../attempts/finish-attempt";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** Hands the quiz in (the learner's "Finish quiz", or the countdown reaching zero). */
export async function finishQuiz(input: z.input<typeof FinishQuizInputSchema>) {
  return runAction(FinishQuizInputSchema, input, async ({ data, actor, now }) => {
    const profile = await actor.profile();
    return prisma.$transaction((tx) => finishAttempt(tx, profile.id, data, now));
  });
}
