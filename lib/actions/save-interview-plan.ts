"use server";

import type { z } from "zod";
import { prisma } from "../db/client";
import { saveInterviewPlan as save } from "../scheduling/plans";
import { SaveInterviewPlanInputSchema } from "../scheduling/schemas";
import { revalidatePage } from "./revalidate-page";
import { runAction } from "./run-action";

/** The dashboard's "plan for an interview" form: adds a date with its scope and target retention. */
export async function saveInterviewPlan(input: z.input<typeof SaveInterviewPlanInputSchema>) {
  return runAction(SaveInterviewPlanInputSchema, input, async ({ data, actor }) => {
    const profile = await actor.profile();
    const saved = await save(prisma, profile.id, data, crypto.randomUUID());
    revalidatePage("/dashboard");
    return saved;
  });
}
