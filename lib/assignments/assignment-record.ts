import { z } from "zod";
import { BilingualTextSchema } from "../content/schemas/common";
import { FeedbackSchema } from "./assign-input";

type Row = {
  id: string;
  classId: string;
  title: string;
  questionIds: string;
  opensAt: Date;
  dueAt: Date;
  timeLimitSec: number | null;
  maxAttempts: number;
  feedback: string;
  passPercent: number | null;
};

/** An assignment row with its JSON columns parsed. */
export function parseAssignment<R extends Row>(row: R) {
  return {
    ...row,
    title: BilingualTextSchema.parse(JSON.parse(row.title)),
    questionIds: z.array(z.string()).parse(JSON.parse(row.questionIds)),
    feedback: FeedbackSchema.catch("immediate").parse(row.feedback),
  };
}
