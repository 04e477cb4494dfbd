"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { overrideGrade as recordOverride, OverrideGradeInputSchema } from "../gradebook/override-grade";
import { runInstructorAction } from "./run-action";

/** The class owner's grade and comment for an open or code answer, replacing the student's self-grade. */
export async function overrideGrade(input: z.input<typeof OverrideGradeInputSchema>) {
  return runInstructorAction(OverrideGradeInputSchema, input, async ({ data, actor, now }) => {
    const saved = await prisma.$transaction((tx) => recordOverride(tx, actor.user, quizContent(), data, now));
    revalidatePage(`/classes/${saved.classId}/assignments/${saved.assignmentId}`, "layout");
    revalidatePage(`/attempts/${saved.attemptId}/result`);
    return saved;
  });
}
