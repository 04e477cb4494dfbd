"use server";

import type { z } from "zod";
import { prisma } from "../db/client";
import { resolveProblemReport as resolve } from "../study-tools/problem-reports";
import { ResolveProblemReportInputSchema } from "../study-tools/schemas";
import { revalidatePage } from "./revalidate-page";
import { runAdminAction } from "./run-action";

/** An admin marks a problem report resolved (or open again). */
export async function resolveProblemReport(input: z.input<typeof ResolveProblemReportInputSchema>) {
  return runAdminAction(ResolveProblemReportInputSchema, input, async ({ data, actor, now }) => {
    const result = await resolve(prisma, actor.user, data.id, data.resolved, now);
    revalidatePage("/admin/reports");
    return result;
  });
}
