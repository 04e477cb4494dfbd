"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { setJoinEnabled as setEnabled, SetJoinEnabledInputSchema } from "../classes/set-join-enabled";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** "Disable joining" / "Enable joining". */
export async function setJoinEnabled(input: z.input<typeof SetJoinEnabledInputSchema>) {
  return runInstructorAction(SetJoinEnabledInputSchema, input, async ({ data, actor }) => {
    const result = await prisma.$transaction((tx) => setEnabled(tx, actor.user, data));
    revalidatePage(`/classes/${data.classId}`);
    return result;
  });
}
