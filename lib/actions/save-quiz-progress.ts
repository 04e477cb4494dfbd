"use server";

import type { z } from "zod";
import { saveProgress, SaveProgressInputSchema } from "../attempts/save-progress";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** Where the learner is in a quiz and how much time they have used: sent on navigation and every few seconds. */
export async function saveQuizProgress(input: z.input<typeof SaveProgressInputSchema>) {
  return runAction(SaveProgressInputSchema, input, async ({ data, actor, now }) => {
    const profile = await actor.profile();
    return prisma.$transaction((tx) => saveProgress(tx, profile.id, data, now));
  });
}
