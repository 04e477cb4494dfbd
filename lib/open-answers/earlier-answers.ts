import type { PointVerdict } from "../coach/point-verdicts";
import type { Db } from "../db/types";

export type EarlierAnswer = {
  id: string;
  lang: string;
  text: string;
  verdicts: PointVerdict[];
  source: string;
  answeredAt: string;
};

/** How many earlier answers the question page lists: the newest ones, which show the learner's progress. */
export const EARLIER_ANSWERS_SHOWN = 10;

/** The learner's earlier answers to one question, newest first, from every place they answered it. */
export async function earlierAnswers(db: Db, profileId: string, questionId: string): Promise<EarlierAnswer[]> {
  const rows = await db.openAnswer.findMany({
    where: { profileId, questionId },
    orderBy: { answeredAt: "desc" },
    take: EARLIER_ANSWERS_SHOWN,
  });
  return rows.map((r) => ({
    id: r.id,
    lang: r.lang,
    text: r.text,
    verdicts: JSON.parse(r.verdicts) as PointVerdict[],
    source: r.source,
    answeredAt: r.answeredAt.toISOString(),
  }));
}
