"use server";

import { revalidatePage } from "./revalidate-page";
import type { z } from "zod";
import { setUserRole as setRole, SetUserRoleInputSchema } from "../auth/set-role";
import { prisma } from "../db/client";
import { runAdminAction } from "./run-action";

/** The admin page's "Make instructor" / "Remove instructor". */
export async function setUserRole(input: z.input<typeof SetUserRoleInputSchema>) {
  return runAdminAction(SetUserRoleInputSchema, input, async ({ data: { userId, role } }) => {
    const user = await setRole(prisma, { id: userId }, role);
    revalidatePage("/admin/users");
    return { name: user.name, role: user.role };
  });
}
