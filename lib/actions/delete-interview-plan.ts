"use server";

import type { z } from "zod";
import { prisma } from "../db/client";
import { deleteInterviewPlan as remove } from "../scheduling/plans";
import { DeleteInterviewPlanInputSchema } from "../scheduling/schemas";
import { revalidatePage } from "./revalidate-page";
import { runAction } from "./run-action";

/** Removes an interview plan: its cards go back to normal scheduling from their next rating. */
export async function deleteInterviewPlan(input: z.input<typeof DeleteInterviewPlanInputSchema>) {
  return runAction(DeleteInterviewPlanInputSchema, input, async ({ data, actor }) => {
    await remove(prisma, (await actor.profile()).id, data.id);
    revalidatePage("/dashboard");
    return { id: data.id };
  });
}
