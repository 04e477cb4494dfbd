"use server";

import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { joinClass as joinClassService, JoinClassInputSchema } from "../classes/join-class";
import { prisma } from "../db/client";
import { runSignedInAction } from "./run-action";

/** The "Join class" form and the join link's button. */
export async function joinClass(input: z.input<typeof JoinClassInputSchema>) {
  return runSignedInAction(JoinClassInputSchema, input, async ({ data: { timeZone, ...data }, actor, now }) => {
    await actor.noteTimeZone(timeZone);
    const joined = await prisma.$transaction((tx) => joinClassService(tx, actor.user, data, now));
    revalidatePath("/classes");
    revalidatePath("/assignments");
    return joined;
  });
}
