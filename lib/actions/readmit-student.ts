"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { readmitStudent as readmit, ReadmitStudentInputSchema } from "../classes/readmit-student";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** "Re-admit" in the class page's list of removed students. */
export async function readmitStudent(input: z.input<typeof ReadmitStudentInputSchema>) {
  return runInstructorAction(ReadmitStudentInputSchema, input, async ({ data, actor }) => {
    const result = await prisma.$transaction((tx) => readmit(tx, actor.user, data));
    revalidatePage(`/classes/${data.classId}`);
    return result;
  });
}
