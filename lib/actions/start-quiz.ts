"use server";

import type { z } from "zod";
import { startAttempt, StartQuizInputSchema } from "../attempts/start-attempt";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** Opens a quiz attempt (a set, a custom selection or an article's questions); the client then goes to it. */
export async function startQuiz(input: z.input<typeof StartQuizInputSchema>) {
  return runAction(StartQuizInputSchema, input, async ({ data, actor, now }) => {
    const profile = await actor.profile();
    return prisma.$transaction((tx) => startAttempt(tx, profile.id, quizContent(), data, now, Math.random));
  });
}
