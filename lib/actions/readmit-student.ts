"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { recordAuditEvent } from "../audit/record-audit-event";
import { readmitStudent as readmit, ReadmitStudentInputSchema } from "../classes/readmit-student";
import { prisma } from "../db/client";
import { runInstructorAction } from "./run-action";

/** "Re-admit" in the class page's list of removed students; a lifted removal is recorded in the audit log. */
export async function readmitStudent(input: z.input<typeof ReadmitStudentInputSchema>) {
  return runInstructorAction(ReadmitStudentInputSchema, input, async ({ data, actor, now }) => {
    const result = await prisma.$transaction(async (tx) => {
      const wasRemoved = await tx.classRemoval.count({ where: { classId: data.classId, userId: data.userId } });
      const readmitted = await readmit(tx, actor.user, data);
      if (wasRemoved > 0)
        await recordAuditEvent(tx, now, {
          kind: "member_readmitted",
          actorId: actor.user.userId,
          targetId: data.userId,
          details: { classId: data.classId },
        });
      return readmitted;
    });
    revalidatePage(`/classes/${data.classId}`);
    return result;
  });
}
