"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "../auth/require-viewer";
import { setUserRole as setRole } from "../auth/set-role";
import { prisma } from "../db/client";
import type { ActionResult } from "./result";
import { runAction } from "./run-action";

// The admin page grants and removes the instructor role; making admins is for the command line.
const SetUserRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(["candidate", "instructor"]) });

export async function setUserRole(input: z.input<typeof SetUserRoleSchema>): Promise<ActionResult<{ name: string; role: string }>> {
  return runAction(SetUserRoleSchema, input, async ({ userId, role }) => {
    await requireAdmin();
    const user = await setRole(prisma, { id: userId }, role);
    revalidatePath("/admin/users");
    return { name: user.name, role: user.role };
  });
}
