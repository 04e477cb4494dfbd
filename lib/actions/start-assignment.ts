"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { startAssignmentAttempt, StartAssignmentInputSchema } from "../assignments/start-assignment-attempt";
import { prisma } from "../db/client";
import { runSignedInAction } from "./run-action";

/** "Start" / "Resume" on an assignment: opens the attempt (or returns the open one); the client then goes to it. */
export async function startAssignment(input: z.input<typeof StartAssignmentInputSchema>) {
  return runSignedInAction(StartAssignmentInputSchema, input, async ({ data: { timeZone, ...data }, actor, now }) => {
    await actor.noteTimeZone(timeZone);
    const started = await prisma.$transaction((tx) => startAssignmentAttempt(tx, actor.user, data, now));
    revalidatePage("/assignments");
    return started;
  });
}
