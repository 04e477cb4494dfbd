import type { Viewer } from "../auth/viewer";
import type { Db } from "../db/types";
import { ForbiddenError, NotFoundError } from "../errors";
import type { ProblemReason } from "./limits";

export type NewProblemReport = { id: string; questionId: string; reason: ProblemReason; text: string };

/** Stores a report once per client-made id: a double submit or a retry after a network error adds no second row. */
export async function reportProblem(db: Db, profileId: string, report: NewProblemReport, now: Date) {
  await db.problemReport.upsert({
    where: { id: report.id },
    create: { ...report, profileId, createdAt: now },
    update: {},
  });
  return { id: report.id };
}

export type ProblemReportRow = {
  id: string;
  questionId: string;
  reason: string;
  text: string;
  createdAt: Date;
  resolvedAt: Date | null;
};

function requireAdmin(viewer: Viewer | undefined): asserts viewer is Viewer {
  if (viewer?.role !== "admin") throw new ForbiddenError("admin-only");
}

/** Reports for the admins' list, open ones first and then newest first; anyone else is refused. */
export async function listProblemReports(db: Db, viewer: Viewer | undefined): Promise<ProblemReportRow[]> {
  requireAdmin(viewer);
  return db.problemReport.findMany({
    orderBy: [{ resolvedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, questionId: true, reason: true, text: true, createdAt: true, resolvedAt: true },
    take: 500,
  });
}

/** Marks a report resolved (or open again); only admins may. */
export async function resolveProblemReport(
  db: Db,
  viewer: Viewer | undefined,
  id: string,
  resolved: boolean,
  now: Date,
) {
  requireAdmin(viewer);
  const { count } = await db.problemReport.updateMany({ where: { id }, data: { resolvedAt: resolved ? now : null } });
  if (count === 0) throw new NotFoundError("report", id);
  return { id, resolved };
}
