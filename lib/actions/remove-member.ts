"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { recordAuditEvent } from "../audit/record-audit-event";
import { removeMember as remove, RemoveMemberInputSchema } from "../classes/remove-member";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** "Remove" on the roster, after the owner confirms; a removal that takes someone out is recorded in the audit log. */
export async function removeMember(input: z.input<typeof RemoveMemberInputSchema>) {
  return runInstructorAction(RemoveMemberInputSchema, input, async ({ data, actor, now }) => {
    const result = await prisma.$transaction(async (tx) => {
      const wasMember = await tx.membership.count({ where: { classId: data.classId, userId: data.userId } });
      const removed = await remove(tx, actor.user, data, now);
      if (wasMember > 0)
        await recordAuditEvent(tx, now, {
          kind: "member_removed",
          actorId: actor.user.userId,
          targetId: data.userId,
          details: { classId: data.classId },
        });
      return removed;
    });
    revalidatePage(`/classes/${data.classId}`);
    return result;
  });
}
