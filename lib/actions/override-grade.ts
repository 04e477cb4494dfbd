"use server";

import { revalidatePath } from "next/cache";
import { requireInstructor } from "../auth/require-viewer";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { overrideGrade as recordOverride, OverrideGradeInputSchema } from "../gradebook/override-grade";
import { runAction } from "./run-action";

/** The class owner's grade and comment for an open or code answer, replacing the student's self-grade. */
export async function overrideGrade(input: unknown) {
  return runAction(OverrideGradeInputSchema, input, async (data) => {
    const viewer = await requireInstructor();
    const content = quizContent();
    const saved = await prisma.$transaction((tx) => recordOverride(tx, viewer, content, data, new Date()));
    revalidatePath(`/classes/${saved.classId}/assignments/${saved.assignmentId}`, "layout");
    revalidatePath(`/attempts/${saved.attemptId}/result`);
    return saved;
  });
}
