"use server";

import type { z } from "zod";
import { revalidatePage } from "./revalidate-page";
import { recordAuditEvent } from "../audit/record-audit-event";
import { quizContent } from "../data/quiz-content";
import { prisma } from "../db/client";
import { overrideGrade as recordOverride, OverrideGradeInputSchema } from "../gradebook/override-grade";
import { runInstructorAction } from "./run-action";

/** The class owner's grade and comment for an open or code answer, replacing the student's self-grade (audited). */
export async function overrideGrade(input: z.input<typeof OverrideGradeInputSchema>) {
  return runInstructorAction(OverrideGradeInputSchema, input, async ({ data, actor, now }) => {
    const saved = await prisma.$transaction(async (tx) => {
      const graded = await recordOverride(tx, actor.user, quizContent(), data, now);
      const student = await tx.quizAttempt.findUnique({
        where: { id: graded.attemptId },
        select: { profile: { select: { userId: true } } },
      });
      await recordAuditEvent(tx, now, {
        kind: "grade_override",
        actorId: actor.user.userId,
        targetId: student?.profile.userId ?? null,
        details: {
          classId: graded.classId,
          assignmentId: graded.assignmentId,
          attemptId: graded.attemptId,
          questionId: graded.questionId,
          score: graded.score,
        },
      });
      return graded;
    });
    revalidatePage(`/classes/${saved.classId}/assignments/${saved.assignmentId}`, "layout");
    revalidatePage(`/attempts/${saved.attemptId}/result`);
    return saved;
  });
}
