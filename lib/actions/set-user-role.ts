"use server";

import { revalidatePage } from "./revalidate-page";
import type { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import { setUserRole as setRole, SetUserRoleInputSchema } from "../auth/set-role";
import { prisma } from "../db/client";
import { runAdminAction } from "./run-action";

/** The admin page's "Make instructor" / "Remove instructor", recorded in the audit log when the role changes. */
export async function setUserRole(input: z.input<typeof SetUserRoleInputSchema>) {
  return runAdminAction(SetUserRoleInputSchema, input, async ({ data: { userId, role }, actor, now }) => {
    const user = await prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
      const changed = await setRole(tx, { id: userId }, role);
      if (before && before.role !== changed.role)
        await recordAuditEvent(tx, now, {
          kind: "role_change",
          actorId: actor.user.userId,
          targetId: changed.id,
          details: { from: before.role, to: changed.role },
        });
      return changed;
    });
    revalidatePage("/admin/users");
    return { name: user.name, role: user.role };
  });
}
