import type { Db } from "../db/types";

/** A learner's own marks on one question, as the question page and the flashcard back show them. */
export type QuestionMarkView = { flagged: boolean; note: string };

const NONE: QuestionMarkView = { flagged: false, note: "" };

/** The learner's flag and note on a question: only ever read by the learner's own profile id. */
export async function readQuestionMark(db: Db, profileId: string, questionId: string): Promise<QuestionMarkView> {
  const row = await db.questionMark.findUnique({
    where: { profileId_questionId: { profileId, questionId } },
    select: { flagged: true, note: true },
  });
  return row ?? NONE;
}

/** Flags and notes of many questions at once (the review session's cards), keyed by question id; unmarked ones left out. */
export async function readQuestionMarks(db: Db, profileId: string): Promise<Map<string, QuestionMarkView>> {
  const rows = await db.questionMark.findMany({
    where: { profileId, OR: [{ flagged: true }, { note: { not: "" } }] },
    select: { questionId: true, flagged: true, note: true },
  });
  return new Map(rows.map((r) => [r.questionId, { flagged: r.flagged, note: r.note }]));
}

type Change = { profileId: string; questionId: string; now: Date };

/** Setting the flag is idempotent: pressing twice with the same value leaves one row saying so. */
export async function setQuestionFlag(db: Db, { profileId, questionId, now }: Change, flagged: boolean) {
  await db.questionMark.upsert({
    where: { profileId_questionId: { profileId, questionId } },
    create: { profileId, questionId, flagged, updatedAt: now },
    update: { flagged, updatedAt: now },
  });
  return { flagged };
}

/** Keeps the note as typed (an empty one removes it); its rendering happens when it is shown. */
export async function saveQuestionNote(db: Db, { profileId, questionId, now }: Change, note: string) {
  const kept = note.trim() === "" ? "" : note;
  await db.questionMark.upsert({
    where: { profileId_questionId: { profileId, questionId } },
    create: { profileId, questionId, note: kept, updatedAt: now },
    update: { note: kept, updatedAt: now },
  });
  return { note: kept };
}
