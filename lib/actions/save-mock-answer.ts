"use server";

import type { z } from "zod";
import { saveMockAnswer as save, SaveMockAnswerInputSchema } from "../mock-interviews/save-answer";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** "Next question" (or "Finish") in a mock interview: the answer, its ticked key points and the time taken. */
export async function saveMockAnswer(input: z.input<typeof SaveMockAnswerInputSchema>) {
  return runAction(SaveMockAnswerInputSchema, input, async ({ data, actor, now }) => {
    const profile = await actor.profile();
    return prisma.$transaction((tx) => save(tx, profile.id, quizContent(), data, now));
  });
}
