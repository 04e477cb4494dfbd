import type { AssignmentStatus } from "../assignments/status";
import type { Lang } from "../content/schemas/common";
import { formatDuration } from "../quiz/duration";
import { attachmentDisposition, encodeCsv } from "./csv";
import type { Gradebook } from "./load-gradebook";
import { isoInTimeZone } from "./zoned-iso";

/** The words of the file, in the viewer's UI language (from the message files). */
export type GradebookCsvLabels = {
  name: string;
  email: string;
  status: string;
  score: string;
  time: string;
  submittedAt: string;
  late: string;
  awaitingCount: string;
  /** The cell of an open or code answer the instructor has not graded yet. */
  awaiting: string;
  yes: string;
  no: string;
  statuses: Record<AssignmentStatus, string>;
};

/**
 * One row per student, then one column per question with its credit (0–1); empty before a submission. An answer
 * awaiting the instructor's grade says so in its cell and counts 0 in the score, as on every page of the
 * gradebook (README, "Grading in classes"). Times are the instructor's wall-clock time with the offset. Scores go
 * in as numbers and everything else as text, which csvField neutralises when it could start a formula.
 */
export function gradebookCsv(gradebook: Gradebook, labels: GradebookCsvLabels, timeZone: string): string {
  const header = [
    labels.name,
    labels.email,
    labels.status,
    labels.score,
    labels.awaitingCount,
    labels.time,
    labels.submittedAt,
    labels.late,
    ...gradebook.questions.map((q) => q.title),
  ];
  const rows = gradebook.students.map((s) => {
    const submitted = s.scorePercent !== null;
    return [
      s.name,
      s.email,
      labels.statuses[s.status],
      s.scorePercent ?? "",
      submitted ? s.awaitingGrade.length : "",
      s.timeTakenMs === null ? "" : formatDuration(s.timeTakenMs),
      s.submittedAt ? isoInTimeZone(s.submittedAt, timeZone) : "",
      s.submittedAt === null ? "" : s.late ? labels.yes : labels.no,
      ...gradebook.questions.map((q, i) => {
        const score = s.questionScores[i];
        if (score === null || score === undefined) return "";
        return s.awaitingGrade.includes(q.id) ? labels.awaiting : Math.round(score * 1000) / 1000;
      }),
    ];
  });
  return encodeCsv([header, ...rows]);
}

/**
 * Characters a file system or a download dialog refuses or reads as a path (Windows is the strictest), and
 * control characters: each becomes a hyphen, so "ML 101 / week 1" never names a folder.
 */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** "<class>-<assignment>-gradebook.csv" in the viewer's language: two classes' exports never collide. */
export function gradebookCsvFilename(gradebook: Gradebook, lang: Lang): string {
  const safe = (text: string) =>
    text
      .replace(UNSAFE_IN_NAME, "-")
      .replace(/\s+/g, " ")
      .replace(/^[-\s]+|[-\s]+$/g, "")
      .slice(0, 80);
  return `${safe(gradebook.assignment.className)}-${safe(gradebook.assignment.title[lang])}-gradebook.csv`;
}

/** `attachment; filename="<ascii>"; filename*=UTF-8''<the real name>` (RFC 6266), for Chinese names too. */
export const gradebookCsvDisposition = (gradebook: Gradebook, lang: Lang): string =>
  attachmentDisposition(gradebookCsvFilename(gradebook, lang));
