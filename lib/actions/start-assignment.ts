"use server";

import { revalidatePath } from "next/cache";
import { startAssignmentAttempt, StartAssignmentInputSchema } from "../assignments/start-assignment-attempt";
import { requireViewer } from "../auth/require-viewer";
import { prisma } from "../db/client";
import { rememberTimeZone } from "../profile/remember-time-zone";
import { LearnerSettingsSchema } from "../profile/settings";
import { runAction } from "./run-action";

/** "Start" / "Resume" on an assignment: opens the attempt (or returns the open one); the client then goes to it. */
export async function startAssignment(input: unknown) {
  return runAction(StartAssignmentInputSchema.extend({ timeZone: LearnerSettingsSchema.shape.timeZone.optional() }), input, async ({ timeZone, ...data }) => {
    const viewer = await requireViewer();
    await rememberTimeZone(prisma, { id: viewer.profileId }, timeZone);
    const started = await prisma.$transaction((tx) => startAssignmentAttempt(tx, viewer, data, new Date()));
    revalidatePath("/assignments");
    return started;
  });
}
