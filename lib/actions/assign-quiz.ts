"use server";

import { revalidatePath } from "next/cache";
import { AssignInputSchema } from "../assignments/assign-input";
import { createAssignment } from "../assignments/create-assignment";
import { requireInstructor } from "../auth/require-viewer";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { rememberTimeZone } from "../profile/remember-time-zone";
import { runAction } from "./run-action";

/** The "Assign quiz" form: the class gets the quiz, its questions drawn once now. */
export async function assignQuiz(input: unknown) {
  return runAction(AssignInputSchema, input, async (data) => {
    const viewer = await requireInstructor();
    await rememberTimeZone(prisma, { id: viewer.profileId }, data.timeZone);
    const content = quizContent();
    const created = await prisma.$transaction((tx) => createAssignment(tx, viewer, content, data, new Date(), Math.random));
    revalidatePath(`/classes/${data.classId}`);
    return created;
  });
}
