"use server";

import { revalidatePath } from "next/cache";
import { requireInstructor } from "../auth/require-viewer";
import { createClass as createClassService, CreateClassInputSchema } from "../classes/create-class";
import { prisma } from "../db/client";
import { runAction } from "./run-action";

/** The "Create class" form: a new class owned by the signed-in instructor. */
export async function createClass(input: unknown) {
  return runAction(CreateClassInputSchema, input, async (data) => {
    const viewer = await requireInstructor();
    const created = await prisma.$transaction((tx) => createClassService(tx, viewer, data, new Date()));
    revalidatePath("/classes");
    return created;
  });
}
