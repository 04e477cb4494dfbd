"use server";

import type { z } from "zod";
import { getQuestion } from "../data/content";
import { prisma } from "../db/client";
import { NotFoundError } from "../errors";
import { reportProblem } from "../study-tools/problem-reports";
import { ReportProblemInputSchema } from "../study-tools/schemas";
import { runAction } from "./run-action";

/** "Report a problem with this question": kept for the content's authors, listed to admins. */
export async function reportQuestionProblem(input: z.input<typeof ReportProblemInputSchema>) {
  return runAction(ReportProblemInputSchema, input, async ({ data, actor, now }) => {
    if (!getQuestion(data.questionId)) throw new NotFoundError("question", data.questionId);
    return reportProblem(prisma, (await actor.profile()).id, data, now);
  });
}
