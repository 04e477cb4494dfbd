"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { clientIp } from "../auth/client-ip";
import { joinCodeKeys } from "../auth/rate-limit";
import { joinClass as joinClassService, JoinClassInputSchema } from "../classes/join-class";
import { prisma } from "../db/client";
import { runSignedInAction } from "./run-action";

/** The "Join class" form and the join link's button; wrong codes are limited per account and per address. */
export async function joinClass(input: z.input<typeof JoinClassInputSchema>) {
  return runSignedInAction(JoinClassInputSchema, input, async ({ data: { timeZone, ...data }, actor, now }) => {
    await actor.noteTimeZone(timeZone);
    const limits = joinCodeKeys(await clientIp(), actor.user.userId);
    const joined = await joinClassService(prisma, actor.user, data, now, limits);
    revalidatePage("/classes");
    revalidatePage("/assignments");
    return joined;
  });
}
