"use server";

import type { z } from "zod";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { GradingQueueInputSchema } from "../gradebook/awaiting-answers";
import { gradeBlankAnswers as gradeBlank } from "../gradebook/grade-blank-answers";
import { revalidatePage } from "./revalidate-page";
import { runInstructorAction } from "./run-action";

/** The grading queue's bulk action: every awaiting answer with nothing typed is graded 0. */
export async function gradeBlankAnswers(input: z.input<typeof GradingQueueInputSchema>) {
  return runInstructorAction(GradingQueueInputSchema, input, async ({ data, actor, now }) => {
    const result = await prisma.$transaction((tx) => gradeBlank(tx, actor.user, quizContent(), data, now));
    revalidatePage(`/classes/${result.classId}`, "layout");
    return { graded: result.graded };
  });
}
