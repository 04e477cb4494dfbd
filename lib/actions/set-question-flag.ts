"use server";

import type { z } from "zod";
import { getQuestion } from "../data/content";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { setQuestionFlag as flag } from "../study-tools/question-marks";
import { SetQuestionFlagInputSchema } from "../study-tools/schemas";
import { runAction } from "./run-action";

/** Stars or un-stars a question for the learner (anonymous or signed in: the flag is kept with their profile). */
export async function setQuestionFlag(input: z.input<typeof SetQuestionFlagInputSchema>) {
  return runAction(SetQuestionFlagInputSchema, input, async ({ data, actor, now }) => {
    if (!getQuestion(data.questionId)) throw new NotFoundError("question", data.questionId);
    const profileId = (await actor.profile()).id;
    return flag(prisma, { profileId, questionId: data.questionId, now }, data.flagged);
  });
}
