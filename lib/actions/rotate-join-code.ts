"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { ClassIdInputSchema, rotateJoinCode as rotate } from "../classes/rotate-join-code";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** "Rotate code": a new join code; the old one (and its link) stops working. */
export async function rotateJoinCode(input: z.input<typeof ClassIdInputSchema>) {
  return runInstructorAction(ClassIdInputSchema, input, async ({ data, actor }) => {
    const result = await prisma.$transaction((tx) => rotate(tx, actor.user, data));
    revalidatePage(`/classes/${data.classId}`);
    return result;
  });
}
