"use server";

import type { z } from "zod";
import { AddMissedInputSchema, addMissedToReview as queueMissed } from "../attempts/add-missed-to-review";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** "Add missed questions to my review queue" on a quiz result. */
export async function addMissedToReview(input: z.input<typeof AddMissedInputSchema>) {
  return runAction(AddMissedInputSchema, input, async ({ data, actor, now }) => {
    const [profile, lang] = await Promise.all([actor.profile(), actor.locale()]);
    return prisma.$transaction((tx) => queueMissed(tx, profile.id, quizContent(), data, lang, now));
  });
}
