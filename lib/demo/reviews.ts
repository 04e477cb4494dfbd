import type { PrismaClient } from "@prisma/client";
import type { Lang } from "../content/schemas/common";
import { isPublished, type Question } from "../content/schemas/question";
import { seededRandom, shuffled, type Random } from "../quiz/random";
import { cardKeysOf, type CardKey } from "../review/card-keys";
import { recordReview } from "../review/record-review";
import type { GradeValue } from "../review/scheduler";
import { demoId } from "./ids";

/** How one demo learner studies: which days back they sat down, how many new cards a day, how well they recall. */
export type StudyHabit = {
  seed: number;
  lang: Lang;
  /** Days before `now` with a session, e.g. [9, 8, …, 0]: consecutive days up to today make a streak. */
  daysAgo: readonly number[];
  newPerDay: number;
  totalCards: number;
  /** Probabilities of Again, Hard and Good (the rest is Easy). */
  odds: { again: number; hard: number; good: number };
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function ratingFrom(random: Random, odds: StudyHabit["odds"]): GradeValue {
  const r = random();
  if (r < odds.again) return 1;
  if (r < odds.again + odds.hard) return 2;
  if (r < odds.again + odds.hard + odds.good) return 3;
  return 4;
}

/**
 * Replays a learner's past sessions through the real scheduler: each session rates the cards that had come due,
 * then a few new ones, then a second pass a quarter of an hour later for cards still in learning steps.
 * Returns how many reviews were written.
 */
export async function seedReviews(
  db: PrismaClient,
  profileId: string,
  questions: readonly Question[],
  habit: StudyHabit,
  now: Date,
): Promise<number> {
  const random = seededRandom(habit.seed);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const pool: CardKey[] = shuffled(
    questions.filter(isPublished).sort((a, b) => a.id.localeCompare(b.id)),
    random,
  )
    .flatMap(cardKeysOf)
    .slice(0, habit.totalCards);
  const { desiredRetention } = await db.profile.findUniqueOrThrow({
    where: { id: profileId },
    select: { desiredRetention: true },
  });
  const due = new Map<CardKey, Date>();
  let introduced = 0;
  let written = 0;
  const rate = async (key: CardKey, at: Date) => {
    const input = {
      reviewId: demoId("review", profileId, written),
      questionId: key.questionId,
      clozeIndex: key.clozeIndex,
      rating: ratingFrom(random, habit.odds),
      lang: habit.lang,
    };
    const result = await recordReview(db, profileId, byId.get(key.questionId)!, input, desiredRetention, at);
    due.set(key, result.due);
    written++;
  };
  for (const daysAgo of [...habit.daysAgo].sort((a, b) => b - a)) {
    const start = new Date(now.getTime() - daysAgo * DAY - 45 * MINUTE);
    let at = start;
    const tick = () => (at = new Date(at.getTime() + 20_000));
    for (const [key, when] of [...due]) if (when <= start) await rate(key, tick());
    for (const key of pool.slice(introduced, introduced + habit.newPerDay)) await rate(key, tick());
    introduced = Math.min(pool.length, introduced + habit.newPerDay);
    at = new Date(start.getTime() + 15 * MINUTE);
    for (const [key, when] of [...due]) if (when <= at) await rate(key, tick());
  }
  return written;
}
