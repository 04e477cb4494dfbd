"use server";

import type { z } from "zod";
import { prisma } from "../db/client";
import { startOptimiser } from "../scheduling/fit-job";
import { FsrsParametersInputSchema } from "../scheduling/schemas";
import { runAction } from "./run-action";

/** Settings' "Optimise now": starts a fit in the background and returns at once; Settings shows it when done. */
export async function optimiseFsrsParameters(input: z.input<typeof FsrsParametersInputSchema>) {
  return runAction(FsrsParametersInputSchema, input, async ({ actor, now }) => {
    const [profile, settings] = await Promise.all([actor.profile(), actor.settings()]);
    return { started: await startOptimiser(prisma, profile.id, settings.timeZone, now) };
  });
}
