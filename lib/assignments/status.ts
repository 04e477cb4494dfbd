import { z } from "zod";

export const AssignmentStatusSchema = z.enum(["not-started", "in-progress", "submitted", "late", "missed"]);
export type AssignmentStatus = z.infer<typeof AssignmentStatusSchema>;

export type AttemptTimes = { startedAt: Date; finishedAt: Date | null };

/**
 * Where one student stands on an assignment. A submission on time wins over a later late one; an unfinished
 * attempt past the due date is still "in progress" (late work is accepted), and only no attempt at all is "missed".
 */
export function assignmentStatus(attempts: readonly AttemptTimes[], dueAt: Date, now: Date): AssignmentStatus {
  const finished = attempts.filter((a) => a.finishedAt !== null);
  if (finished.some((a) => a.finishedAt! <= dueAt)) return "submitted";
  if (finished.length > 0) return "late";
  if (attempts.length > 0) return "in-progress";
  return now > dueAt ? "missed" : "not-started";
}

/** A submission after the due date: accepted, and flagged. */
export const isLate = (finishedAt: Date | null, dueAt: Date): boolean => finishedAt !== null && finishedAt > dueAt;
