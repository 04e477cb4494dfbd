import type { PointVerdict } from "../coach/point-verdicts";
import type { Db } from "../db/types";

export type KeptAnswer = {
  /** The client's id of the grading (or saving) it came with: a repeated request stores it once. */
  id: string;
  profileId: string;
  questionId: string;
  lang: string;
  /** The stored quiz response (JSON): an open or code response carries the typed text. */
  response: string;
  verdicts: readonly PointVerdict[];
  source: "quiz" | "question";
  sourceId: string | null;
  answeredAt: Date;
};

function typedText(response: string): string {
  try {
    const parsed = JSON.parse(response) as { text?: unknown };
    return typeof parsed.text === "string" ? parsed.text : "";
  } catch {
    return "";
  }
}

/** Keeps what the learner typed and the key points they ticked, so earlier answers can be read beside the points. */
export async function keepOpenAnswer(db: Db, a: KeptAnswer): Promise<void> {
  await db.openAnswer.upsert({
    where: { id: a.id },
    update: {},
    create: {
      id: a.id,
      profileId: a.profileId,
      questionId: a.questionId,
      lang: a.lang,
      text: typedText(a.response),
      verdicts: JSON.stringify(a.verdicts),
      source: a.source,
      sourceId: a.sourceId,
      answeredAt: a.answeredAt,
    },
  });
}
