import type { AssignmentStatus } from "../assignments/status";
import type { Lang } from "../content/schemas/common";
import { formatDuration } from "../quiz/duration";
import { attachmentDisposition, encodeCsv } from "./csv";
import type { Gradebook } from "./load-gradebook";

/** The words of the file, in the viewer's UI language (from the message files). */
export type GradebookCsvLabels = {
  name: string;
  email: string;
  status: string;
  score: string;
  time: string;
  submittedAt: string;
  late: string;
  yes: string;
  no: string;
  statuses: Record<AssignmentStatus, string>;
};

/**
 * One row per student, then one column per question with its credit (0–1); empty before a submission. Scores go
 * in as numbers and everything else as text, which csvField neutralises when it could start a formula.
 */
export function gradebookCsv(gradebook: Gradebook, labels: GradebookCsvLabels): string {
  const header = [
    labels.name,
    labels.email,
    labels.status,
    labels.score,
    labels.time,
    labels.submittedAt,
    labels.late,
    ...gradebook.questions.map((q) => q.title),
  ];
  const rows = gradebook.students.map((s) => [
    s.name,
    s.email,
    labels.statuses[s.status],
    s.scorePercent ?? "",
    s.timeTakenMs === null ? "" : formatDuration(s.timeTakenMs),
    s.submittedAt?.toISOString() ?? "",
    s.submittedAt === null ? "" : s.late ? labels.yes : labels.no,
    ...s.questionScores.map((score) => (score === null ? "" : Math.round(score * 1000) / 1000)),
  ]);
  return encodeCsv([header, ...rows]);
}

/** `attachment; filename="<assignment>-gradebook.csv"` with the title in the viewer's language. */
export const gradebookCsvDisposition = (gradebook: Gradebook, lang: Lang): string =>
  attachmentDisposition(`${gradebook.assignment.title[lang]}-gradebook.csv`);
