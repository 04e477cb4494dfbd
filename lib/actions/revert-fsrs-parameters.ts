"use server";

import type { z } from "zod";
import { prisma } from "../db/client";
import { revertToDefaults } from "../scheduling/fit-job";
import { FsrsParametersInputSchema } from "../scheduling/schemas";
import { revalidatePage } from "./revalidate-page";
import { runAction } from "./run-action";

/** Settings' "Use the default parameters": the learner's fitted parameters stop applying from the next rating. */
export async function revertFsrsParameters(input: z.input<typeof FsrsParametersInputSchema>) {
  return runAction(FsrsParametersInputSchema, input, async ({ actor }) => {
    await revertToDefaults(prisma, (await actor.profile()).id);
    revalidatePage("/settings");
    return { reverted: true };
  });
}
