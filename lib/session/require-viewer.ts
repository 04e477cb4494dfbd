import "server-only";
import { currentViewer } from "./viewer";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { canTeach } from "../auth/roles";
import type { Viewer } from "../auth/viewer";

/** For server actions: the signed-in person, or an UnauthenticatedError the action returns as a typed failure. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** For instructor actions (creating classes, assigning quizzes, grading). Admins qualify too. */
export async function requireInstructor(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!canTeach(viewer.role)) throw new ForbiddenError("instructor-only");
  return viewer;
}

export async function requireAdmin(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.role !== "admin") throw new ForbiddenError("admin-only");
  return viewer;
}
