"use server";

import { revalidatePath } from "next/cache";
import { requireInstructor } from "../auth/require-viewer";
import { removeMember as remove, RemoveMemberInputSchema } from "../classes/remove-member";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** "Remove" on the roster, after the owner confirms. */
export async function removeMember(input: unknown) {
  return runAction(RemoveMemberInputSchema, input, async (data) => {
    const viewer = await requireInstructor();
    const result = await prisma.$transaction((tx) => remove(tx, viewer, data));
    revalidatePath(`/classes/${data.classId}`);
    return result;
  });
}
