"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { removeMember as remove, RemoveMemberInputSchema } from "../classes/remove-member";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** "Remove" on the roster, after the owner confirms. */
export async function removeMember(input: z.input<typeof RemoveMemberInputSchema>) {
  return runInstructorAction(RemoveMemberInputSchema, input, async ({ data, actor, now }) => {
    const result = await prisma.$transaction((tx) => remove(tx, actor.user, data, now));
    revalidatePage(`/classes/${data.classId}`);
    return result;
  });
}
