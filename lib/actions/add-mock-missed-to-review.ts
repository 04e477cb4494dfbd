"use server";

import type { z } from "zod";
import { addMockMissedToReview as queueMissed, AddMockMissedInputSchema } from "../mock-interviews/add-missed";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** "Add the missed ones to review" on a mock interview's report. */
export async function addMockMissedToReview(input: z.input<typeof AddMockMissedInputSchema>) {
  return runAction(AddMockMissedInputSchema, input, async ({ data, actor, now }) => {
    const [profile, lang] = await Promise.all([actor.profile(), actor.locale()]);
    return prisma.$transaction((tx) => queueMissed(tx, profile.id, quizContent(), data, lang, now));
  });
}
