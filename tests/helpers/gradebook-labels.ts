import type { GradebookCsvLabels } from "@/lib/gradebook/gradebook-csv";

/** The English column names and statuses of the gradebook CSV, as the class page passes them. */
export const GRADEBOOK_CSV_LABELS: GradebookCsvLabels = {
  name: "Name",
  email: "Email",
  status: "Status",
  score: "Score %",
  time: "Time",
  submittedAt: "Submitted at",
  late: "Late",
  awaitingCount: "Awaiting grading",
  awaiting: "awaiting grading",
  yes: "yes",
  no: "no",
  statuses: {
    "not-started": "Not started",
    "in-progress": "In progress",
    submitted: "Submitted",
    late: "Late",
    missed: "Missed",
  },
};
