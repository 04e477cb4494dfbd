"use server";

import type { z } from "zod";
import { startMock, StartMockInputSchema } from "../mock-interviews/start-mock";
import { hashSeed } from "../quiz/option-order";
import { seededRandom } from "../quiz/random";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** Opens a mock interview; the client then goes to its runner. */
export async function startMockInterview(input: z.input<typeof StartMockInputSchema>) {
  return runAction(StartMockInputSchema, input, async ({ data, actor, now }) => {
    const profile = await actor.profile();
    // The draw is seeded by the client's id: the round is reproducible from its id alone.
    const random = seededRandom(hashSeed(data.mockId));
    return prisma.$transaction((tx) => startMock(tx, profile.id, quizContent(), data, now, random));
  });
}
