"use server";

import { revalidatePath } from "next/cache";
import { requireInstructor } from "../auth/require-viewer";
import { ClassIdInputSchema, rotateJoinCode as rotate } from "../classes/rotate-join-code";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** "Rotate code": a new join code; the old one (and its link) stops working. */
export async function rotateJoinCode(input: unknown) {
  return runAction(ClassIdInputSchema, input, async (data) => {
    const viewer = await requireInstructor();
    const result = await prisma.$transaction((tx) => rotate(tx, viewer, data));
    revalidatePath(`/classes/${data.classId}`);
    return result;
  });
}
