"use server";

import type { z } from "zod";
import { getQuestion } from "../data/content";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { saveQuestionNote as save } from "../study-tools/question-marks";
import { renderNote } from "../study-tools/render-note";
import { SaveQuestionNoteInputSchema } from "../study-tools/schemas";
import { runAction } from "./run-action";

/** Keeps the learner's private Markdown note on a question and hands back its safe rendering to show at once. */
export async function saveQuestionNote(input: z.input<typeof SaveQuestionNoteInputSchema>) {
  return runAction(SaveQuestionNoteInputSchema, input, async ({ data, actor, now }) => {
    if (!getQuestion(data.questionId)) throw new NotFoundError("question", data.questionId);
    const profileId = (await actor.profile()).id;
    const { note } = await save(prisma, { profileId, questionId: data.questionId, now }, data.note);
    return { note, html: renderNote(note) };
  });
}
