import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { ConflictError, NotFoundError } from "../errors";
import { openAttempt } from "../attempts/start-attempt";
import { TimeZoneSchema } from "../preferences/study-settings";
import { parseAssignment } from "./assignment-record";

export const StartAssignmentInputSchema = z.strictObject({
  assignmentId: z.string().min(1).max(100),
  /** Made by the client: pressing "Start" twice opens one attempt. */
  attemptId: z.uuid(),
  /** The browser's time zone, kept so due dates show in the student's local time. */
  timeZone: TimeZoneSchema.optional(),
});
export type StartAssignmentInput = z.infer<typeof StartAssignmentInputSchema>;

/**
 * Opens (or resumes) the viewer's attempt at an assignment, in exam mode with the assignment's fixed questions.
 * Only current members may; not before it opens; never more finished attempts than allowed. Late is allowed.
 */
export async function startAssignmentAttempt(
  db: Db,
  viewer: Viewer,
  input: StartAssignmentInput,
  now: Date,
): Promise<{ attemptId: string; resumed: boolean }> {
  const row = await db.assignment.findFirst({
    where: { id: input.assignmentId, classroom: { members: { some: { userId: viewer.userId } } } },
  });
  if (!row) throw new NotFoundError("assignment", input.assignmentId);
  const assignment = parseAssignment(row);
  const attempts = await db.quizAttempt.findMany({
    where: { assignmentId: assignment.id, profileId: viewer.profileId },
    select: { id: true, finishedAt: true },
  });
  const open = attempts.find((a) => a.finishedAt === null);
  if (open) return { attemptId: open.id, resumed: true };
  // A retried click arrives after its attempt was created (and maybe finished): answer with that attempt.
  if (attempts.some((a) => a.id === input.attemptId)) return { attemptId: input.attemptId, resumed: true };
  if (now < assignment.opensAt) throw new ConflictError("not-open-yet");
  if (attempts.length >= assignment.maxAttempts) throw new ConflictError("no-attempts-left");
  if (await db.quizAttempt.findUnique({ where: { id: input.attemptId }, select: { id: true } }))
    throw new NotFoundError("attempt", input.attemptId);
  const plan = {
    quizSlug: null,
    title: assignment.title,
    questionIds: assignment.questionIds,
    timeLimitSec: assignment.timeLimitSec,
    passPercent: assignment.passPercent,
  };
  await openAttempt(
    db,
    { id: input.attemptId, profileId: viewer.profileId, mode: "exam", plan, assignmentId: assignment.id },
    now,
  );
  return { attemptId: input.attemptId, resumed: false };
}
