"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { setUserRole as setRole, SetUserRoleInputSchema } from "../auth/set-role";
import { prisma } from "../db/client";
import { runAdminAction } from "./run-action";

/** The admin page's "Make instructor" / "Remove instructor". */
export async function setUserRole(input: z.input<typeof SetUserRoleInputSchema>) {
  return runAdminAction(SetUserRoleInputSchema, input, async ({ data: { userId, role } }) => {
    const user = await setRole(prisma, { id: userId }, role);
    revalidatePath("/admin/users");
    return { name: user.name, role: user.role };
  });
}
