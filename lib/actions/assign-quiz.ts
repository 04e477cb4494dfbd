"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { AssignInputSchema } from "../assignments/assign-input";
import { createAssignment } from "../assignments/create-assignment";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** The "Assign quiz" form: the class gets the quiz, its questions drawn once now. */
export async function assignQuiz(input: z.input<typeof AssignInputSchema>) {
  return runInstructorAction(AssignInputSchema, input, async ({ data, actor, now }) => {
    await actor.noteTimeZone(data.timeZone);
    const created = await prisma.$transaction((tx) =>
      createAssignment(tx, actor.user, quizContent(), data, now, Math.random),
    );
    revalidatePage(`/classes/${data.classId}`);
    return created;
  });
}
