"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { createClass as createClassService, CreateClassInputSchema } from "../classes/create-class";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** The "Create class" form: a new class owned by the signed-in instructor. */
export async function createClass(input: z.input<typeof CreateClassInputSchema>) {
  return runInstructorAction(CreateClassInputSchema, input, async ({ data, actor, now }) => {
    const created = await prisma.$transaction((tx) => createClassService(tx, actor.user, data, now));
    revalidatePage("/classes");
    return created;
  });
}
