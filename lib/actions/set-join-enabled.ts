"use server";

import { revalidatePath } from "next/cache";
import { requireInstructor } from "../auth/require-viewer";
import { setJoinEnabled as setEnabled, SetJoinEnabledInputSchema } from "../classes/set-join-enabled";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** "Disable joining" / "Enable joining". */
export async function setJoinEnabled(input: unknown) {
  return runAction(SetJoinEnabledInputSchema, input, async (data) => {
    const viewer = await requireInstructor();
    const result = await prisma.$transaction((tx) => setEnabled(tx, viewer, data));
    revalidatePath(`/classes/${data.classId}`);
    return result;
  });
}
