"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "../auth/require-viewer";
import { joinClass as joinClassService, JoinClassInputSchema } from "../classes/join-class";
import { prisma } from "../db/client";
import { rememberTimeZone } from "../profile/remember-time-zone";
import { LearnerSettingsSchema } from "../profile/settings";
import { runAction } from "./run-action";

/** The "Join class" form and the join link's button. */
export async function joinClass(input: unknown) {
  return runAction(JoinClassInputSchema.extend({ timeZone: LearnerSettingsSchema.shape.timeZone.optional() }), input, async ({ timeZone, ...data }) => {
    const viewer = await requireViewer();
    await rememberTimeZone(prisma, { id: viewer.profileId }, timeZone);
    const joined = await prisma.$transaction((tx) => joinClassService(tx, viewer, data, new Date()));
    revalidatePath("/classes");
    revalidatePath("/assignments");
    return joined;
  });
}
