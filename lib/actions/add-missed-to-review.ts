"use server";

import { getLocale } from "next-intl/server";
import { prisma } from "../db/client";
import { quizContent } from "../data/quiz-content";
import { LocaleSchema } from "../i18n/locales";
import { ensureProfile } from "../profile/ensure-profile";
import { AddMissedInputSchema, addMissedToReview as queueMissed } from "../quizzes/add-missed-to-review";
import { runAction } from "./run-action";

/** "Add missed questions to my review queue" on a quiz result. */
export async function addMissedToReview(input: unknown) {
  return runAction(AddMissedInputSchema, input, async (data) => {
    const profileId = await ensureProfile();
    const lang = LocaleSchema.parse(await getLocale());
    const content = quizContent();
    return prisma.$transaction((tx) => queueMissed(tx, profileId, content, data, lang, new Date()));
  });
}
