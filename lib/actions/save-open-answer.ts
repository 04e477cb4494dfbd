"use server";

import type { z } from "zod";
import { getQuestion } from "../data/content";
import { prisma } from "../db/client";
import { saveOpenAnswer as keep, SaveOpenAnswerInputSchema } from "../open-answers/save-open-answer";
import { runAction } from "./run-action";

/** Keeps an answer typed on the question page with the key points the learner ticked. */
export async function saveOpenAnswer(input: z.input<typeof SaveOpenAnswerInputSchema>) {
  return runAction(SaveOpenAnswerInputSchema, input, async ({ data, actor, now }) => {
    const profile = await actor.profile();
    return keep(prisma, profile.id, getQuestion, data, now);
  });
}
