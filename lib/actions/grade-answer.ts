"use server";

import type { z } from "zod";
import { prisma } from "../db/client";
import { quizContent } from "../data/quiz-content";
import { GraderFailedError } from "../errors";
import { configuredGrader } from "../grading/configured-grader";
import { gradeAnswer as gradeWithModel, GradeAnswerInputSchema } from "../grading/grade-answer";
import { runAction } from "./run-action";

/**
 * "Grade my answer": the optional LLM grader's per-point suggestion for an open or code answer, for the acting
 * profile (anonymous or signed in). Without a configured grader it fails with grader-declined/not-configured and
 * sends nothing anywhere.
 */
export async function gradeAnswer(input: z.input<typeof GradeAnswerInputSchema>) {
  return runAction(GradeAnswerInputSchema, input, async ({ data, actor, now }) => {
    const grader = configuredGrader();
    const profile = await actor.profile();
    try {
      return await gradeWithModel(prisma, grader, quizContent(), { ...data, profileId: profile.id, now });
    } catch (error) {
      // The learner reads a plain sentence; whoever runs the model needs the detail (the status, what the parser refused).
      if (error instanceof GraderFailedError)
        console.warn(`answer grader (${grader?.provider.model}): ${error.message}`);
      throw error;
    }
  });
}
