import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors";
import { keepDeletedStudentGrades } from "./keep-deleted-student-grades";

/** The account page's confirmation: the person types their own email. Messages are keys (privacy.errors). */
export const DeleteAccountInputSchema = z.strictObject({
  confirmEmail: z.string().trim().min(1, "emailMissing").max(320, "emailMismatch"),
});
export type DeleteAccountInput = z.infer<typeof DeleteAccountInputSchema>;

/**
 * Deletes the signed-in person's account for good, in one transaction: the typed email must be theirs; an
 * instructor who still owns a class is refused (the class and its students' work would go with them), and so is
 * the last admin. Their class results are first kept as anonymous grades (keep-deleted-student-grades.ts), then the
 * progress profile goes with every card, rating, attempt, answer, mock interview and grading, and the account with
 * its sessions (every browser signed out), sign-in methods, memberships and removals. The deletion is audited.
 */
export async function deleteAccount(db: Db, viewer: Viewer, input: DeleteAccountInput, now: Date) {
  const user = await db.user.findUnique({
    where: { id: viewer.userId },
    include: { profile: { select: { id: true } }, _count: { select: { ownedClasses: true } } },
  });
  if (!user) throw new NotFoundError("user", viewer.userId);
  if (input.confirmEmail.toLowerCase() !== user.email.toLowerCase())
    throw new InvalidInputError("confirmEmail", "emailMismatch");
  if (user._count.ownedClasses > 0) throw new ConflictError("owns-classes", { count: user._count.ownedClasses });
  if (user.role === "admin" && (await db.user.count({ where: { role: "admin" } })) <= 1)
    throw new ConflictError("last-admin");
  const keptGrades = user.profile ? await keepDeletedStudentGrades(db, user.id, user.profile.id, now) : 0;
  if (user.profile) await db.profile.delete({ where: { id: user.profile.id } });
  // A password-reset link in flight names the account: it must not outlive it.
  await db.verification.deleteMany({ where: { value: user.id } });
  await db.user.delete({ where: { id: user.id } });
  await recordAuditEvent(db, now, {
    kind: "account_deleted",
    actorId: user.id,
    targetId: user.id,
    details: { role: user.role, keptGrades },
  });
  return { keptGrades };
}
