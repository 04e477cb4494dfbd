"use server";

import { prisma } from "../db/client";
import { dropProfileCookie, readProfileCookie } from "../profile/cookie-jar";
import { resetAnonymousProgress, ResetProgressInputSchema } from "../privacy/reset-progress";
import type { z } from "zod";
import { runAction } from "./run-action";

/**
 * Settings' "Reset my progress" for a learner without an account: their anonymous profile and everything in it go,
 * and the browser forgets its cookie, so the next click starts a new profile. A signed-in visitor's progress is
 * never touched here (it is the account's: "Delete my account").
 */
export async function resetProgress(input: z.input<typeof ResetProgressInputSchema>) {
  return runAction(ResetProgressInputSchema, input, async ({ actor, now }) => {
    if (await actor.viewer()) return { reset: false };
    const cookie = await readProfileCookie(now);
    const result = cookie ? await resetAnonymousProgress(prisma, cookie.id) : { reset: false };
    await dropProfileCookie();
    return result;
  });
}
